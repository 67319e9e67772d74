import { enumValueRule } from "../builders/index.js";

export const requestParameterEnumValueRemoved = enumValueRule({
  id: "request-parameter-enum-value-removed",
  level: "breaking",
  scope: "parameter",
  change: "removed",
  description: "A parameter no longer accepts an enum value that clients may be sending.",
  twin: "request-parameter-enum-value-added",
  oasdiff: { rules: [["request-parameter-enum-value-removed", "ERR"]] },
});
