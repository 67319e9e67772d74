import type { DiffContext } from "../../context.js";
import type { RawFinding } from "../../model.js";
import { componentChanges, type ComponentChanges } from "../components/shared.js";
import type { Rule } from "../rule.js";

interface ComponentRuleDefinition extends Omit<Rule, "check" | "direction"> {
  findings(changes: ComponentChanges, ctx: DiffContext): RawFinding[];
}

/** A rule about the component schemas, the named types the generated package exports. */
export function componentRule(definition: ComponentRuleDefinition): Rule {
  const { findings, ...rule } = definition;
  return { ...rule, direction: "package", check: (ctx) => findings(componentChanges(ctx), ctx) };
}
