import { nullableRule } from "../builders/index.js";

export const requestParameterBecameNullable = nullableRule({
  id: "request-parameter-became-nullable",
  level: "info",
  scope: "parameter",
  became: "nullable",
  description: "A parameter now also accepts null.",
  twin: "request-parameter-became-not-nullable",
  oasdiff: { rules: [["request-parameter-became-nullable", "INFO"]] },
});
