import { boundRule } from "../builders/index.js";

export const requestParameterMinLengthIncreased = boundRule({
  id: "request-parameter-min-length-increased",
  level: "breaking",
  scope: "parameter",
  keywords: ["minLength"],
  moved: "tighter",
  description:
    "A parameter's minLength went up (or appeared): shorter strings clients sent are now rejected.",
  twin: "request-parameter-min-length-decreased",
  oasdiff: { rules: [["request-parameter-min-length-increased", "ERR"]] },
});
