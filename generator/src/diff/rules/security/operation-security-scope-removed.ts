import type { Rule } from "../rule.js";
import { scopeChanges } from "./shared.js";

export const operationSecurityScopeRemoved: Rule = {
  id: "operation-security-scope-removed",
  level: "info",
  direction: "request",
  description: "An operation needs one OAuth scope fewer.",
  twin: "operation-security-scope-added",
  oasdiff: { rules: [["api-security-scope-removed", "INFO"]] },
  check: (ctx) => ctx.pairs.flatMap((operation) => scopeChanges(operation, "removed")),
};
