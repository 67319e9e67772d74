import { nullableRule } from "../builders/index.js";

export const requestPropertyBecameNotNullable = nullableRule({
  id: "request-property-became-not-nullable",
  level: "breaking",
  scope: "request-body",
  became: "not nullable",
  description: "A request property no longer accepts null.",
  twin: "request-property-became-nullable",
  oasdiff: { rules: [["request-property-became-not-nullable", "ERR"]] },
});
