import { boundRule } from "../builders/index.js";
import { NEW_BOUND } from "../oasdiff-reasons.js";

export const requestPropertyMaxLengthDecreased = boundRule({
  id: "request-property-max-length-decreased",
  level: "breaking",
  scope: "request-body",
  keywords: ["maxLength"],
  moved: "tighter",
  description:
    "A request string may be shorter than before: values clients sent successfully can now be rejected.",
  twin: "request-property-max-length-increased",
  oasdiff: {
    rules: [
      ["request-property-max-length-decreased", "ERR"],
      ["request-property-max-length-set", "WARN"],
    ],
    reason: NEW_BOUND,
  },
});
