import { boundRule } from "../kit.js";

export const requestPropertyMinDecreased = boundRule({
  id: "request-property-min-decreased",
  level: "info",
  scope: "request-body",
  keywords: ["minimum", "exclusiveMinimum"],
  moved: "looser",
  description: "A request number's minimum went down (or went away).",
  twin: "request-property-min-increased",
});
