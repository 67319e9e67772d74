import { enumValueRule } from "../builders/index.js";

export const requestPropertyEnumValueAdded = enumValueRule({
  id: "request-property-enum-value-added",
  level: "info",
  scope: "request-body",
  change: "added",
  description: "A request property accepts a new enum value; existing requests are unaffected.",
  twin: "request-property-enum-value-removed",
  oasdiff: { rules: [["request-property-enum-value-added", "INFO"]] },
});
