import { typeChangeRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookPropertyTypeChanged = typeChangeRule({
  id: "webhook-property-type-changed",
  level: "breaking",
  scope: "webhook-payload",
  change: "incompatible",
  description: "A webhook payload property may carry values of a type it did not before.",
  twin: "webhook-property-type-narrowed",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
