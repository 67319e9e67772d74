import { nullableRule } from "../builders/index.js";

export const requestParameterBecameNotNullable = nullableRule({
  id: "request-parameter-became-not-nullable",
  level: "breaking",
  scope: "parameter",
  became: "not nullable",
  description:
    "A parameter no longer accepts null: requests sending null are rejected and the generated type drops null.",
  twin: "request-parameter-became-nullable",
  oasdiff: { rules: [["request-parameter-became-not-nullable", "ERR"]] },
});
