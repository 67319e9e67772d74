import type { Rule } from "../rule.js";
import { alternatives, describeAlternative } from "./shared.js";

export const operationSecurityScopeAdded: Rule = {
  id: "operation-security-scope-added",
  level: "breaking",
  direction: "request",
  description: "An operation needs a further OAuth scope: tokens issued with the old scopes are refused.",
  twin: "operation-security-scope-removed",
  check: (ctx) =>
    ctx.pairs.flatMap(({ base, revision }) => {
      const from = alternatives(revision.security);
      const to = alternatives(base.security);
      return [...from].flatMap(([key, requirement]) => {
        const other = to.get(key);
        if (!other) return [];
        return [...requirement].flatMap(([scheme, scopes]) =>
          scopes
            .filter((scope) => !(other.get(scheme) ?? []).includes(scope))
            .map((scope) => ({
              message: `scope '${scope}' of ${scheme} added (${describeAlternative(key)})`,
              operation: revision.label,
              side: "revision" as const,
              pointer: revision.securityPointer,
              typesChange: false,
            })),
        );
      });
    }),
};
