import { boundRule } from "../builders/index.js";

export const requestPropertyMaxIncreased = boundRule({
  id: "request-property-max-increased",
  level: "info",
  scope: "request-body",
  keywords: ["maximum", "exclusiveMaximum"],
  moved: "looser",
  description: "A request number's maximum went up (or went away).",
  twin: "request-property-max-decreased",
  oasdiff: { rules: [["request-property-max-increased", "INFO"]] },
});
