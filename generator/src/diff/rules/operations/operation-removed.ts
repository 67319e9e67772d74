import { operationFinding } from "../builders/index.js";
import type { Rule } from "../rule.js";

export const operationRemoved: Rule = {
  id: "operation-removed",
  level: "breaking",
  direction: "request",
  description:
    "An operation is gone: every client that calls it fails, and its generated method disappears.",
  twin: "operation-added",
  oasdiff: {
    rules: [
      ["api-path-removed-without-deprecation", "ERR"],
      ["api-removed-without-deprecation", "ERR"],
    ],
  },
  check: (ctx) =>
    ctx.removed.map((operation) => operationFinding(operation, "base", "operation removed", true)),
};
