import { boundRule } from "../builders/index.js";

export const requestParameterMinDecreased = boundRule({
  id: "request-parameter-min-decreased",
  level: "info",
  scope: "parameter",
  keywords: ["minimum", "exclusiveMinimum"],
  moved: "looser",
  description:
    "A parameter's minimum went down (or went away): every value accepted before still is.",
  twin: "request-parameter-min-increased",
  oasdiff: { rules: [["request-parameter-min-decreased", "INFO"]] },
});
