import { nullableRule } from "../builders/index.js";

export const requestPropertyBecameNullable = nullableRule({
  id: "request-property-became-nullable",
  level: "info",
  scope: "request-body",
  became: "nullable",
  description: "A request property now also accepts null.",
  twin: "request-property-became-not-nullable",
  oasdiff: { rules: [["request-property-became-nullable", "INFO"]] },
});
