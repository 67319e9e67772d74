import type { Rule } from "../rule.js";

export const securitySchemeRemoved: Rule = {
  id: "security-scheme-removed",
  level: "warning",
  direction: "request",
  description:
    "A security scheme is no longer defined: clients configured with its credentials lose that option.",
  twin: "security-scheme-added",
  oasdiff: {
    rules: [["api-security-component-removed", "INFO"]],
    reason:
      "Clients configured with its credentials lose that option: paygen warns (operations that required it are reported by their own rules).",
  },
  check: (ctx) =>
    [...ctx.base.securitySchemes.values()]
      .filter((scheme) => !ctx.revision.securitySchemes.has(scheme.name))
      .map((scheme) => ({
        message: `security scheme '${scheme.name}' removed`,
        side: "base" as const,
        pointer: scheme.pointer,
        typesChange: true,
      })),
};
