import { boundRule } from "../builders/index.js";
import { WIDER_RESPONSE_BOUND } from "../oasdiff-reasons.js";

export const responsePropertyMaxLengthIncreased = boundRule({
  id: "response-property-max-length-increased",
  level: "warning",
  scope: "response-body",
  keywords: ["maxLength"],
  moved: "looser",
  description:
    "A response string may be longer than before: storage sized for the old maximum may overflow.",
  twin: "response-property-max-length-decreased",
  oasdiff: {
    rules: [["response-property-max-length-increased", "ERR"]],
    reason: WIDER_RESPONSE_BOUND,
  },
});
