import { RULES } from "./index.js";

/** `paygen diff --rules`: one line per rule, grouped by level. */
export function formatRuleCatalogue(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  const lines = [`${RULES.length} rules`, ""];
  for (const level of ["breaking", "warning", "info"] as const) {
    for (const rule of RULES.filter((r) => r.level === level)) {
      lines.push(`${rule.id.padEnd(width)}  ${level.padEnd(8)}  ${rule.direction.padEnd(8)}  ${rule.description}`);
    }
  }
  return lines.join("\n");
}
