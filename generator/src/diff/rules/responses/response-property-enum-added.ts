import { enumPresenceRule } from "../builders/index.js";

export const responsePropertyEnumAdded = enumPresenceRule({
  id: "response-property-enum-added",
  level: "info",
  scope: "response-body",
  change: "added",
  description: "A response property is now limited to an enum.",
  twin: "response-property-enum-removed",
  oasdiff: {
    rules: "not reported",
    reason: "oasdiff has no rule for a response value becoming an enum (a narrowing).",
  },
});
