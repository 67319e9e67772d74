import { boundRule } from "../builders/index.js";

export const requestPropertyMinLengthDecreased = boundRule({
  id: "request-property-min-length-decreased",
  level: "info",
  scope: "request-body",
  keywords: ["minLength"],
  moved: "looser",
  description: "A request string may be shorter than before.",
  twin: "request-property-min-length-increased",
  oasdiff: { rules: [["request-property-min-length-decreased", "INFO"]] },
});
