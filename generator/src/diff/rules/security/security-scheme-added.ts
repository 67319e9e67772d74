import type { Rule } from "../rule.js";

export const securitySchemeAdded: Rule = {
  id: "security-scheme-added",
  level: "info",
  direction: "request",
  description: "A new security scheme is defined; existing credentials keep working.",
  twin: "security-scheme-removed",
  oasdiff: { rules: [["api-security-component-added", "INFO"]] },
  check: (ctx) =>
    [...ctx.revision.securitySchemes.values()]
      .filter((scheme) => !ctx.base.securitySchemes.has(scheme.name))
      .map((scheme) => ({
        message: `security scheme '${scheme.name}' added`,
        side: "revision" as const,
        pointer: scheme.pointer,
        typesChange: true,
      })),
};
