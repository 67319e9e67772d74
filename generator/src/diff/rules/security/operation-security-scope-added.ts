import type { Rule } from "../rule.js";
import { scopeChanges } from "./shared.js";

export const operationSecurityScopeAdded: Rule = {
  id: "operation-security-scope-added",
  level: "breaking",
  direction: "request",
  description:
    "An operation needs a further OAuth scope: tokens issued with the old scopes are refused.",
  twin: "operation-security-scope-removed",
  check: (ctx) => ctx.pairs.flatMap((operation) => scopeChanges(operation, "added")),
};
