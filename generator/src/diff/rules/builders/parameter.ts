import type { DiffContext, OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import type { Parameter } from "../../normalize/spec.js";
import { matchParameters } from "../parameters/shared.js";
import type { Rule } from "../rule.js";
import { findingOf, type Detection } from "./finding.js";

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
