import { propertyAddedRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookPropertyAdded = propertyAddedRule({
  id: "webhook-property-added",
  level: "info",
  scope: "webhook-payload",
  description: "A webhook payload gains a property.",
  twin: "webhook-property-removed",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
