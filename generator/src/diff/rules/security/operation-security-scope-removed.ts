import type { Rule } from "../rule.js";
import { scopeChanges } from "./shared.js";

export const operationSecurityScopeRemoved: Rule = {
  id: "operation-security-scope-removed",
  level: "info",
  direction: "request",
  description: "An operation needs one OAuth scope fewer.",
  twin: "operation-security-scope-added",
  check: (ctx) => ctx.pairs.flatMap((operation) => scopeChanges(operation, "removed")),
};
