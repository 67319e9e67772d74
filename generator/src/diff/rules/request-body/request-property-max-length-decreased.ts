import { boundRule } from "../builders/index.js";

export const requestPropertyMaxLengthDecreased = boundRule({
  id: "request-property-max-length-decreased",
  level: "breaking",
  scope: "request-body",
  keywords: ["maxLength"],
  moved: "tighter",
  description:
    "A request string may be shorter than before: values clients sent successfully can now be rejected.",
  twin: "request-property-max-length-increased",
});
