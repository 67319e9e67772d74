import { nullableRule } from "../builders/index.js";

export const responsePropertyBecameNotNullable = nullableRule({
  id: "response-property-became-not-nullable",
  level: "info",
  scope: "response-body",
  became: "not nullable",
  description: "A response property is no longer null.",
  twin: "response-property-became-nullable",
  oasdiff: { rules: [["response-property-became-not-nullable", "INFO"]] },
});
