import { nullableRule } from "../builders/index.js";

export const responsePropertyBecameNullable = nullableRule({
  id: "response-property-became-nullable",
  level: "breaking",
  scope: "response-body",
  became: "nullable",
  description: "A response property may now be null: code that reads it must handle null.",
  twin: "response-property-became-not-nullable",
  oasdiff: { rules: [["response-property-became-nullable", "ERR"]] },
});
