import { typeChangeRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookPropertyTypeNarrowed = typeChangeRule({
  id: "webhook-property-type-narrowed",
  level: "info",
  scope: "webhook-payload",
  change: "narrowed",
  description: "A webhook payload property's values are now a subset of what they were.",
  twin: "webhook-property-type-changed",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
