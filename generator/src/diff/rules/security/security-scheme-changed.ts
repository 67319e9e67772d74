import type { Rule } from "../rule.js";

export const securitySchemeChanged: Rule = {
  id: "security-scheme-changed",
  level: "breaking",
  direction: "request",
  description:
    "A security scheme keeps its name but changes how credentials are sent (type, header, HTTP scheme or flows): clients send them the old way and fail.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: {
    rules: [["api-security-component-type-changed", "INFO"]],
    reason:
      "Credentials sent the old way no longer authenticate: breaking here, information in oasdiff.",
  },
  check: (ctx) =>
    [...ctx.revision.securitySchemes.values()].flatMap((scheme) => {
      const before = ctx.base.securitySchemes.get(scheme.name);
      if (!before || (before.type === scheme.type && before.detail === scheme.detail)) return [];
      const describe = (s: { type: string; detail: string }) =>
        `${s.type}${s.detail ? ` ${s.detail}` : ""}`;
      return [
        {
          message: `security scheme '${scheme.name}' changed from ${describe(before)} to ${describe(scheme)}`,
          side: "revision" as const,
          pointer: scheme.pointer,
          typesChange: false,
        },
      ];
    }),
};
