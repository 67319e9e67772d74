import { boundRule } from "../builders/index.js";

export const requestParameterMaxLengthIncreased = boundRule({
  id: "request-parameter-max-length-increased",
  level: "info",
  scope: "parameter",
  keywords: ["maxLength"],
  moved: "looser",
  description:
    "A parameter's maxLength went up (or went away): every string accepted before still is.",
  twin: "request-parameter-max-length-decreased",
  oasdiff: { rules: [["request-parameter-max-length-increased", "INFO"]] },
});
