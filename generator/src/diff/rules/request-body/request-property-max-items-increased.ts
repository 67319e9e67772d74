import { boundRule } from "../builders/index.js";
import { MAX_ITEMS } from "../oasdiff-reasons.js";

export const requestPropertyMaxItemsIncreased = boundRule({
  id: "request-property-max-items-increased",
  level: "info",
  scope: "request-body",
  keywords: ["maxItems"],
  moved: "looser",
  description: "A request array may hold more items than before.",
  twin: "request-property-max-items-decreased",
  oasdiff: { rules: "not reported", reason: MAX_ITEMS },
});
