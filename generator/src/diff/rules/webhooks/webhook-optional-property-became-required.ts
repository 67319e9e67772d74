import { requiredChangeRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookOptionalPropertyBecameRequired = requiredChangeRule({
  id: "webhook-optional-property-became-required",
  level: "info",
  scope: "webhook-payload",
  became: "required",
  description: "A webhook payload property is now always present.",
  twin: "webhook-required-property-became-optional",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
