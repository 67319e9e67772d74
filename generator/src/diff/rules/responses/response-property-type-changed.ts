import { typeChangeRule } from "../builders/index.js";

export const responsePropertyTypeChanged = typeChangeRule({
  id: "response-property-type-changed",
  level: "breaking",
  scope: "response-body",
  change: "incompatible",
  description:
    "A response property may now carry values of a type it did not before: code written for the old type can misread it.",
  twin: "response-property-type-narrowed",
  oasdiff: { rules: [["response-property-type-changed", "ERR"]] },
});
