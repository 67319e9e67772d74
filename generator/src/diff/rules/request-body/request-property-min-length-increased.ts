import { boundRule } from "../builders/index.js";

export const requestPropertyMinLengthIncreased = boundRule({
  id: "request-property-min-length-increased",
  level: "breaking",
  scope: "request-body",
  keywords: ["minLength"],
  moved: "tighter",
  description:
    "A request string must be longer than before: shorter values clients sent are now rejected.",
  twin: "request-property-min-length-decreased",
  oasdiff: { rules: [["request-property-min-length-increased", "ERR"]] },
});
