import { boundRule } from "../builders/index.js";

export const requestPropertyMinIncreased = boundRule({
  id: "request-property-min-increased",
  level: "breaking",
  scope: "request-body",
  keywords: ["minimum", "exclusiveMinimum"],
  moved: "tighter",
  description: "A request number's minimum went up (or appeared): smaller values are now rejected.",
  twin: "request-property-min-decreased",
});
