import { boundRule } from "../builders/index.js";

export const requestPropertyMaxLengthIncreased = boundRule({
  id: "request-property-max-length-increased",
  level: "info",
  scope: "request-body",
  keywords: ["maxLength"],
  moved: "looser",
  description: "A request string may be longer than before (or has no maxLength any more).",
  twin: "request-property-max-length-decreased",
  oasdiff: { rules: [["request-property-max-length-increased", "INFO"]] },
});
