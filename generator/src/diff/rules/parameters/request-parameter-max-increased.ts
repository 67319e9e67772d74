import { boundRule } from "../builders/index.js";

export const requestParameterMaxIncreased = boundRule({
  id: "request-parameter-max-increased",
  level: "info",
  scope: "parameter",
  keywords: ["maximum", "exclusiveMaximum"],
  moved: "looser",
  description:
    "A parameter's maximum went up (or went away): every value accepted before still is.",
  twin: "request-parameter-max-decreased",
  oasdiff: { rules: [["request-parameter-max-increased", "INFO"]] },
});
