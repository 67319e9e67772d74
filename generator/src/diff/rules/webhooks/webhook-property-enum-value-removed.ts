import { enumValueRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookPropertyEnumValueRemoved = enumValueRule({
  id: "webhook-property-enum-value-removed",
  level: "info",
  scope: "webhook-payload",
  change: "removed",
  description: "A webhook payload property no longer carries an enum value.",
  twin: "webhook-property-enum-value-added",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
