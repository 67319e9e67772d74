import type { Rule } from "../rule.js";
import { alternatives, describeAlternative } from "./shared.js";

export const operationSecurityRequirementRemoved: Rule = {
  id: "operation-security-requirement-removed",
  level: "breaking",
  direction: "request",
  description:
    "An operation no longer accepts one of its ways to authenticate (anonymous access included): clients using it are refused.",
  twin: "operation-security-requirement-added",
  oasdiff: {
    rules: [["api-security-removed", "INFO"]],
    reason:
      "Clients that authenticate the removed way are refused: paygen calls that breaking, oasdiff information.",
  },
  check: (ctx) =>
    ctx.pairs.flatMap(({ base, revision }) => {
      const after = alternatives(revision.security);
      // Anonymous access accepts every request, authenticated ones included.
      if (after.has("")) return [];
      return [...alternatives(base.security).keys()]
        .filter((key) => !after.has(key))
        .map((key) => ({
          message: `${describeAlternative(key)} removed`,
          operation: revision.label,
          side: "revision" as const,
          pointer: revision.securityPointer,
          typesChange: false,
        }));
    }),
};
