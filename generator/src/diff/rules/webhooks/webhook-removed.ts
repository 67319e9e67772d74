import { operationFinding } from "../builders/index.js";
import type { Rule } from "../rule.js";

export const webhookRemoved: Rule = {
  id: "webhook-removed",
  level: "breaking",
  direction: "request",
  description:
    "A webhook is no longer sent: whatever the receiver did on it never happens, and its generated payload type disappears.",
  twin: "webhook-added",
  oasdiff: { rules: [["webhook-removed", "ERR"]] },
  check: (ctx) =>
    ctx.removedWebhooks.map((webhook) =>
      operationFinding(webhook, "base", "webhook removed", true),
    ),
};
