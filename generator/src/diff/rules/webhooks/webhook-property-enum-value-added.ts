import { enumValueRule } from "../builders/index.js";
import { WEBHOOK_PAYLOADS } from "../oasdiff-reasons.js";

export const webhookPropertyEnumValueAdded = enumValueRule({
  id: "webhook-property-enum-value-added",
  level: "warning",
  scope: "webhook-payload",
  change: "added",
  description:
    "A webhook payload property may carry a new enum value: exhaustive handling misses a case.",
  twin: "webhook-property-enum-value-removed",
  oasdiff: { rules: "not reported", reason: WEBHOOK_PAYLOADS },
});
