import { operationFinding } from "../builders/index.js";
import type { Rule } from "../rule.js";

export const operationAdded: Rule = {
  id: "operation-added",
  level: "info",
  direction: "request",
  description: "A new operation: the generated client gains a method; nothing existing changes.",
  twin: "operation-removed",
  oasdiff: { rules: [["endpoint-added", "INFO"]] },
  check: (ctx) =>
    ctx.added.map((operation) => operationFinding(operation, "revision", "operation added", true)),
};
