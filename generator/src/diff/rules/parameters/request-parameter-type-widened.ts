import { typeChangeRule } from "../builders/index.js";

export const requestParameterTypeWidened = typeChangeRule({
  id: "request-parameter-type-widened",
  level: "info",
  scope: "parameter",
  change: "widened",
  description:
    "A parameter accepts every value it accepted before and more (e.g. integer to number).",
  twin: "request-parameter-type-changed",
  oasdiff: { rules: [["request-parameter-type-generalized", "INFO"]] },
});
