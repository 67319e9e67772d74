import { operationFinding } from "../builders/index.js";
import type { Rule } from "../rule.js";

export const webhookAdded: Rule = {
  id: "webhook-added",
  level: "info",
  direction: "request",
  description:
    "The provider may send a new webhook; receivers that ignore unknown events are unaffected.",
  twin: "webhook-removed",
  oasdiff: { rules: [["webhook-added", "INFO"]] },
  check: (ctx) =>
    ctx.addedWebhooks.map((webhook) =>
      operationFinding(webhook, "revision", "webhook added", true),
    ),
};
