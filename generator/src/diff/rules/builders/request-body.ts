import type { OperationPair } from "../../context.js";
import type { RawFinding } from "../../model.js";
import type { RequestBody } from "../../normalize/spec.js";
import type { Rule } from "../rule.js";
import { findingOf, type Detection } from "./finding.js";

interface BodyRuleDefinition extends Omit<Rule, "check" | "direction"> {
  detect(
    body: { base?: RequestBody; revision?: RequestBody },
    operation: OperationPair,
  ): (Detection & { pointer?: string }) | undefined;
}

/** A rule about an operation's request body as a whole: presence, required, media types. */
export function bodyRule(definition: BodyRuleDefinition): Rule {
  const { detect, ...rule } = definition;
  return {
    ...rule,
    direction: "request",
    check(ctx) {
      const findings: RawFinding[] = [];
      for (const operation of ctx.pairs) {
        const body = {
          ...(operation.base.requestBody ? { base: operation.base.requestBody } : {}),
          ...(operation.revision.requestBody ? { revision: operation.revision.requestBody } : {}),
        };
        if (!body.base && !body.revision) continue;
        const found = detect(body, operation);
        if (!found) continue;
        const side = found.side ?? (body.revision ? "revision" : "base");
        findings.push(
          findingOf(found, {
            where: "request body",
            operation: operation.revision.label,
            side,
            pointer: found.pointer ?? (side === "base" ? body.base! : body.revision!).pointer,
            typesChange: true,
          }),
        );
      }
      return findings;
    },
  };
}
