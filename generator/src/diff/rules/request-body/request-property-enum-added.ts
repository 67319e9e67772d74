import { enumPresenceRule } from "../builders/index.js";

export const requestPropertyEnumAdded = enumPresenceRule({
  id: "request-property-enum-added",
  level: "breaking",
  scope: "request-body",
  change: "added",
  description: "A request property that took any value is now restricted to an enum.",
  twin: "request-property-enum-removed",
  oasdiff: { rules: [["request-property-became-enum", "ERR"]] },
});
