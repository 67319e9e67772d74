import { boundRule } from "../builders/index.js";
import { NEW_BOUND } from "../oasdiff-reasons.js";

export const requestParameterMinIncreased = boundRule({
  id: "request-parameter-min-increased",
  level: "breaking",
  scope: "parameter",
  keywords: ["minimum", "exclusiveMinimum"],
  moved: "tighter",
  description:
    "A parameter's minimum went up (or appeared): smaller values clients sent are now rejected.",
  twin: "request-parameter-min-decreased",
  oasdiff: {
    rules: [
      ["request-parameter-min-increased", "ERR"],
      ["request-parameter-min-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
});
