import { boundRule } from "../builders/index.js";
import { WIDER_RESPONSE_BOUND } from "../oasdiff-reasons.js";

export const responsePropertyMaxIncreased = boundRule({
  id: "response-property-max-increased",
  level: "warning",
  scope: "response-body",
  keywords: ["maximum", "exclusiveMaximum"],
  moved: "looser",
  description: "A response number may be larger than before.",
  twin: "response-property-max-decreased",
  oasdiff: { rules: [["response-property-max-increased", "ERR"]], reason: WIDER_RESPONSE_BOUND },
});
