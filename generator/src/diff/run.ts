import type { LoadedSpec } from "../load/index.js";
import { contextBetween } from "./context.js";
import { groupFindings } from "./group.js";
import { compareLevels, type Finding } from "./model.js";
import { RULES } from "./rules/index.js";
import type { Rule } from "./rules/rule.js";

/** Every finding of `rules` between two loaded specs, in a stable order. */
export function diffSpecs(
  base: LoadedSpec,
  revision: LoadedSpec,
  rules: readonly Rule[] = RULES,
  /** The provider id both sides generate under; it names the client class when the spec does not. */
  provider = "api",
): Finding[] {
  const ctx = contextBetween({ base, revision, provider });
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const raw of rule.check(ctx)) {
      const spec = raw.side === "base" ? base : revision;
      const location = spec.locate(raw.pointer, "key");
      const finding: Finding = {
        rule: rule.id,
        level: raw.level ?? rule.level,
        direction: rule.direction,
        message: raw.message,
        ...(raw.operation !== undefined ? { operation: raw.operation } : {}),
        side: raw.side,
        pointer: raw.pointer,
        ...(location ? { location } : {}),
        typesChange: raw.typesChange,
        occurrences:
          raw.occurrences ??
          (raw.operation !== undefined
            ? [{ operation: raw.operation, where: raw.where ?? "" }]
            : []),
      };
      findings.push(finding);
    }
  }
  return groupFindings(findings).sort(compareFindings);
}

/** Breaking first; then by operation, rule and message, so output never depends on rule order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLevels(a.level, b.level) ||
    compareText(a.operation ?? "", b.operation ?? "") ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
