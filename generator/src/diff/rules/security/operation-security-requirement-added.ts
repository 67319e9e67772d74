import type { Rule } from "../rule.js";
import { alternatives, describeAlternative } from "./shared.js";

export const operationSecurityRequirementAdded: Rule = {
  id: "operation-security-requirement-added",
  level: "info",
  direction: "request",
  description: "An operation accepts a further way to authenticate; the existing ones still work.",
  twin: "operation-security-requirement-removed",
  oasdiff: { rules: [["api-security-added", "INFO"]] },
  check: (ctx) =>
    ctx.pairs.flatMap(({ base, revision }) => {
      const before = alternatives(base.security);
      return [...alternatives(revision.security).keys()]
        .filter((key) => !before.has(key))
        .map((key) => ({
          message: `${describeAlternative(key)} added`,
          operation: revision.label,
          side: "revision" as const,
          pointer: revision.securityPointer,
          typesChange: false,
        }));
    }),
};
