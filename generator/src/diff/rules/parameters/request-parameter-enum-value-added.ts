import { enumValueRule } from "../builders/index.js";

export const requestParameterEnumValueAdded = enumValueRule({
  id: "request-parameter-enum-value-added",
  level: "info",
  scope: "parameter",
  change: "added",
  description: "A parameter accepts a new enum value; existing requests are unaffected.",
  twin: "request-parameter-enum-value-removed",
  oasdiff: { rules: [["request-parameter-enum-value-added", "INFO"]] },
});
