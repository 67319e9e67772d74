import { typeChangeRule } from "../builders/index.js";

export const requestPropertyTypeWidened = typeChangeRule({
  id: "request-property-type-widened",
  level: "info",
  scope: "request-body",
  change: "widened",
  description:
    "A request property accepts every value it accepted before and more (e.g. integer to number).",
  twin: "request-property-type-changed",
  oasdiff: { rules: [["request-property-type-generalized", "INFO"]] },
});
