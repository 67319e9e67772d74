import { boundRule } from "../builders/index.js";

export const requestPropertyMinDecreased = boundRule({
  id: "request-property-min-decreased",
  level: "info",
  scope: "request-body",
  keywords: ["minimum", "exclusiveMinimum"],
  moved: "looser",
  description: "A request number's minimum went down (or went away).",
  twin: "request-property-min-increased",
  oasdiff: { rules: [["request-property-min-decreased", "INFO"]] },
});
