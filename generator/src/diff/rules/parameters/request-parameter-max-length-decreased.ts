import { boundRule } from "../builders/index.js";
import { NEW_BOUND } from "../oasdiff-reasons.js";

export const requestParameterMaxLengthDecreased = boundRule({
  id: "request-parameter-max-length-decreased",
  level: "breaking",
  scope: "parameter",
  keywords: ["maxLength"],
  moved: "tighter",
  description:
    "A parameter's maxLength went down (or appeared): longer strings clients sent are now rejected.",
  twin: "request-parameter-max-length-increased",
  oasdiff: {
    rules: [
      ["request-parameter-max-length-decreased", "ERR"],
      ["request-parameter-max-length-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
});
