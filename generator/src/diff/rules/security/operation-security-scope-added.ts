import type { Rule } from "../rule.js";
import { scopeChanges } from "./shared.js";

export const operationSecurityScopeAdded: Rule = {
  id: "operation-security-scope-added",
  level: "breaking",
  direction: "request",
  description:
    "An operation needs a further OAuth scope: tokens issued with the old scopes are refused.",
  twin: "operation-security-scope-removed",
  oasdiff: {
    rules: [["api-security-scope-added", "INFO"]],
    reason: "Tokens issued with the old scopes are refused: breaking here, information in oasdiff.",
  },
  check: (ctx) => ctx.pairs.flatMap((operation) => scopeChanges(operation, "added")),
};
