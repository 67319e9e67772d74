import { boundRule } from "../builders/index.js";

export const requestParameterMinIncreased = boundRule({
  id: "request-parameter-min-increased",
  level: "breaking",
  scope: "parameter",
  keywords: ["minimum", "exclusiveMinimum"],
  moved: "tighter",
  description:
    "A parameter's minimum went up (or appeared): smaller values clients sent are now rejected.",
  twin: "request-parameter-min-decreased",
});
