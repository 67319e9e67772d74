import { boundRule } from "../builders/index.js";
import { NEW_BOUND } from "../oasdiff-reasons.js";

export const requestPropertyMinIncreased = boundRule({
  id: "request-property-min-increased",
  level: "breaking",
  scope: "request-body",
  keywords: ["minimum", "exclusiveMinimum"],
  moved: "tighter",
  description: "A request number's minimum went up (or appeared): smaller values are now rejected.",
  twin: "request-property-min-decreased",
  oasdiff: {
    rules: [
      ["request-property-min-increased", "ERR"],
      ["request-property-min-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
});
