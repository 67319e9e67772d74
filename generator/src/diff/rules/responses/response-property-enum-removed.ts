import { enumPresenceRule } from "../builders/index.js";

export const responsePropertyEnumRemoved = enumPresenceRule({
  id: "response-property-enum-removed",
  level: "warning",
  scope: "response-body",
  change: "removed",
  description: "A response property is no longer limited to an enum: any value may come back.",
  twin: "response-property-enum-added",
});
