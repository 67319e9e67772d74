import { typeChangeRule } from "../builders/index.js";

export const webhookPropertyTypeNarrowed = typeChangeRule({
  id: "webhook-property-type-narrowed",
  level: "info",
  scope: "webhook-payload",
  change: "narrowed",
  description: "A webhook payload property's values are now a subset of what they were.",
  twin: "webhook-property-type-changed",
});
