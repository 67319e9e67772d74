import type { Rule } from "../rule.js";
import { alternatives, describeAlternative } from "./shared.js";

export const operationSecurityScopeRemoved: Rule = {
  id: "operation-security-scope-removed",
  level: "info",
  direction: "request",
  description: "An operation needs one OAuth scope fewer.",
  twin: "operation-security-scope-added",
  check: (ctx) =>
    ctx.pairs.flatMap(({ base, revision }) => {
      const from = alternatives(base.security);
      const to = alternatives(revision.security);
      return [...from].flatMap(([key, requirement]) => {
        const other = to.get(key);
        if (!other) return [];
        return [...requirement].flatMap(([scheme, scopes]) =>
          scopes
            .filter((scope) => !(other.get(scheme) ?? []).includes(scope))
            .map((scope) => ({
              message: `scope '${scope}' of ${scheme} removed (${describeAlternative(key)})`,
              operation: revision.label,
              side: "revision" as const,
              pointer: revision.securityPointer,
              typesChange: false,
            })),
        );
      });
    }),
};
