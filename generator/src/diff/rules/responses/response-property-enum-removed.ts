import { enumPresenceRule } from "../builders/index.js";

export const responsePropertyEnumRemoved = enumPresenceRule({
  id: "response-property-enum-removed",
  level: "warning",
  scope: "response-body",
  change: "removed",
  description: "A response property is no longer limited to an enum: any value may come back.",
  twin: "response-property-enum-added",
  oasdiff: {
    rules: "not reported",
    reason:
      "oasdiff has no rule for an enum lifted from a response value: any value may now arrive, which paygen warns about.",
  },
});
