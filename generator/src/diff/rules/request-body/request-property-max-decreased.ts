import { boundRule } from "../builders/index.js";
import { NEW_BOUND } from "../oasdiff-reasons.js";

export const requestPropertyMaxDecreased = boundRule({
  id: "request-property-max-decreased",
  level: "breaking",
  scope: "request-body",
  keywords: ["maximum", "exclusiveMaximum"],
  moved: "tighter",
  description:
    "A request number's maximum went down (or appeared): larger values are now rejected.",
  twin: "request-property-max-increased",
  oasdiff: {
    rules: [
      ["request-property-max-decreased", "ERR"],
      ["request-property-max-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
});
