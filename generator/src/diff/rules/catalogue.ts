import { RULES } from "./index.js";
import type { OasdiffComparison } from "./oasdiff-levels.js";

/** `paygen diff --rules`: one line per rule, grouped by level, and under it oasdiff's level for the same change. */
export function formatRuleCatalogue(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  const lines = [`${RULES.length} rules`, ""];
  for (const level of ["breaking", "warning", "info"] as const) {
    for (const rule of RULES.filter((r) => r.level === level)) {
      lines.push(
        `${rule.id.padEnd(width)}  ${level.padEnd(8)}  ${rule.direction.padEnd(8)}  ${rule.description}`,
      );
      lines.push(`${" ".repeat(width + 2)}${describeOasdiff(rule.oasdiff)}`);
    }
  }
  return lines.join("\n");
}

/** `oasdiff: WARN/ERR — reason`, levels in oasdiff's rule order without repeats. */
export function describeOasdiff({ rules, reason }: OasdiffComparison): string {
  const levels =
    rules === "not reported" ? rules : [...new Set(rules.map(([, level]) => level))].join("/");
  return `oasdiff: ${levels}${reason ? ` — ${reason}` : ""}`;
}
