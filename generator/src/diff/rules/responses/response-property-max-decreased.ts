import { boundRule } from "../builders/index.js";
import { NARROWER_RESPONSE_BOUND } from "../oasdiff-reasons.js";

export const responsePropertyMaxDecreased = boundRule({
  id: "response-property-max-decreased",
  level: "info",
  scope: "response-body",
  keywords: ["maximum", "exclusiveMaximum"],
  moved: "tighter",
  description: "A response number's maximum went down.",
  twin: "response-property-max-increased",
  oasdiff: { rules: "not reported", reason: NARROWER_RESPONSE_BOUND },
});
