import { boundRule } from "../builders/index.js";

export const responsePropertyMaxDecreased = boundRule({
  id: "response-property-max-decreased",
  level: "info",
  scope: "response-body",
  keywords: ["maximum", "exclusiveMaximum"],
  moved: "tighter",
  description: "A response number's maximum went down.",
  twin: "response-property-max-increased",
});
