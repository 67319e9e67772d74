import { propertyRemovedRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookPropertyRemoved = propertyRemovedRule({
  id: "webhook-property-removed",
  level: "breaking",
  scope: "webhook-payload",
  description: "A webhook payload loses a property: receivers that read it get undefined.",
  twin: "webhook-property-added",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
