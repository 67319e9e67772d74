import { typeChangeRule } from "../builders/index.js";

export const requestParameterTypeChanged = typeChangeRule({
  id: "request-parameter-type-changed",
  level: "breaking",
  scope: "parameter",
  change: "incompatible",
  description:
    "A parameter's type no longer accepts every value it accepted before: requests that were valid can be rejected.",
  twin: "request-parameter-type-widened",
  oasdiff: { rules: [["request-parameter-type-changed", "ERR"]] },
});
