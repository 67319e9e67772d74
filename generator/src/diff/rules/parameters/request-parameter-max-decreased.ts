import { boundRule } from "../builders/index.js";
import { NEW_BOUND } from "../oasdiff-reasons.js";

export const requestParameterMaxDecreased = boundRule({
  id: "request-parameter-max-decreased",
  level: "breaking",
  scope: "parameter",
  keywords: ["maximum", "exclusiveMaximum"],
  moved: "tighter",
  description:
    "A parameter's maximum went down (or appeared): larger values clients sent are now rejected.",
  twin: "request-parameter-max-increased",
  oasdiff: {
    rules: [
      ["request-parameter-max-decreased", "ERR"],
      ["request-parameter-max-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
});
