import type { DiffContext, OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import type { Parameter } from "../../normalize/spec.js";
import { findingOf, type Detection } from "../kit.js";
import type { Rule } from "../rule.js";

/** Path parameter names in template order: `/a/{x}/b/{y}` → [x, y]. */
function pathNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
}

/**
 * The parameters of an operation pair, matched by `in` and name; path parameters match by their
 * position in the path template, so a renamed path parameter is one parameter, not two.
 */
export function matchParameters({
  base,
  revision,
}: OperationPair): Array<{ base?: Parameter; revision?: Parameter }> {
  const renamed = new Map<string, string>();
  const before = pathNames(base.path);
  const after = pathNames(revision.path);
  before.forEach((name, index) => {
    if (after[index] !== undefined) renamed.set(`path:${name}`, `path:${after[index]}`);
  });
  const result: Array<{ base?: Parameter; revision?: Parameter }> = [];
  const used = new Set<string>();
  for (const [key, parameter] of base.parameters) {
    const otherKey = renamed.get(key) ?? key;
    const other = revision.parameters.get(otherKey);
    if (other) used.add(otherKey);
    result.push(other ? { base: parameter, revision: other } : { base: parameter });
  }
  for (const [key, parameter] of revision.parameters)
    if (!used.has(key)) result.push({ revision: parameter });
  return result;
}

interface ParameterRuleDefinition extends Omit<Rule, "check" | "direction"> {
  detect(
    parameter: { base?: Parameter; revision?: Parameter },
    operation: OperationPair,
    ctx: DiffContext,
  ): Detection | undefined;
}

/** A rule about parameters as a whole (presence, required, deprecated, name), not their schemas. */
export function parameterRule(definition: ParameterRuleDefinition): Rule {
  const { detect, ...rule } = definition;
  return {
    ...rule,
    direction: "request",
    check(ctx) {
      const findings: RawFinding[] = [];
      for (const operation of ctx.pairs) {
        for (const parameter of matchParameters(operation)) {
          const found = detect(parameter, operation, ctx);
          if (!found) continue;
          const side = found.side ?? (parameter.revision ? "revision" : "base");
          const subject =
            (side === "base" ? parameter.base : parameter.revision) ??
            parameter.revision ??
            parameter.base!;
          findings.push(
            findingOf(found, {
              where: `${subject.in} parameter '${subject.name}'`,
              operation: operation.revision.label,
              side,
              pointer: subject.pointer,
              typesChange: true,
            }),
          );
        }
      }
      return findings;
    },
  };
}
