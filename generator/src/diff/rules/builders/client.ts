import type { DiffContext } from "../../context.js";
import type { RawFinding } from "../../model.js";
import { clientSurfaces, type ClientSurfaces } from "../client/shared.js";
import type { Rule } from "../rule.js";

interface ClientRuleDefinition extends Omit<Rule, "check" | "direction"> {
  findings(surfaces: ClientSurfaces, ctx: DiffContext): RawFinding[];
}

/** A rule about the generated client's own names: its class, methods and options. */
export function clientRule(definition: ClientRuleDefinition): Rule {
  const { findings, ...rule } = definition;
  return {
    ...rule,
    direction: "package",
    check(ctx) {
      const surfaces = clientSurfaces(ctx);
      return surfaces ? findings(surfaces, ctx) : [];
    },
  };
}
