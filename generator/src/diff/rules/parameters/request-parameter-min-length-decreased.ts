import { boundRule } from "../builders/index.js";

export const requestParameterMinLengthDecreased = boundRule({
  id: "request-parameter-min-length-decreased",
  level: "info",
  scope: "parameter",
  keywords: ["minLength"],
  moved: "looser",
  description:
    "A parameter's minLength went down (or went away): every string accepted before still is.",
  twin: "request-parameter-min-length-increased",
  oasdiff: { rules: [["request-parameter-min-length-decreased", "INFO"]] },
});
