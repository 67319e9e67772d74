import { boundRule } from "../builders/index.js";

export const requestPropertyMaxItemsIncreased = boundRule({
  id: "request-property-max-items-increased",
  level: "info",
  scope: "request-body",
  keywords: ["maxItems"],
  moved: "looser",
  description: "A request array may hold more items than before.",
  twin: "request-property-max-items-decreased",
});
