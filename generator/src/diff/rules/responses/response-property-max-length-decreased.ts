import { boundRule } from "../builders/index.js";
import { NARROWER_RESPONSE_BOUND } from "../oasdiff-reasons.js";

export const responsePropertyMaxLengthDecreased = boundRule({
  id: "response-property-max-length-decreased",
  level: "info",
  scope: "response-body",
  keywords: ["maxLength"],
  moved: "tighter",
  description: "A response string is shorter than before at most.",
  twin: "response-property-max-length-increased",
  oasdiff: { rules: "not reported", reason: NARROWER_RESPONSE_BOUND },
});
