import { enumValueRule } from "../builders/index.js";

export const responsePropertyEnumValueRemoved = enumValueRule({
  id: "response-property-enum-value-removed",
  level: "info",
  scope: "response-body",
  change: "removed",
  description: "A response property no longer carries an enum value.",
  twin: "response-property-enum-value-added",
  oasdiff: { rules: [["response-property-enum-value-removed", "INFO"]] },
});
