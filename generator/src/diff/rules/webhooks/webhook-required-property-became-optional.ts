import { requiredChangeRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookRequiredPropertyBecameOptional = requiredChangeRule({
  id: "webhook-required-property-became-optional",
  level: "breaking",
  scope: "webhook-payload",
  became: "optional",
  description: "A webhook payload property that was always present may now be missing.",
  twin: "webhook-optional-property-became-required",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
