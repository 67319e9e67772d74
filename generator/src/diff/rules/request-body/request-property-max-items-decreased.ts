import { boundRule } from "../builders/index.js";
import { MAX_ITEMS } from "../oasdiff-reasons.js";

export const requestPropertyMaxItemsDecreased = boundRule({
  id: "request-property-max-items-decreased",
  level: "breaking",
  scope: "request-body",
  keywords: ["maxItems"],
  moved: "tighter",
  description: "A request array may hold fewer items than before: longer arrays are now rejected.",
  twin: "request-property-max-items-increased",
  oasdiff: { rules: "not reported", reason: MAX_ITEMS },
});
