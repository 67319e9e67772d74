import type { DiffContext } from "../../context.js";
import type { RawFinding } from "../../model.js";
import { operationSchemaRoots, type ComponentSchema } from "../../normalize/spec.js";
import { collect } from "../../normalize/structure.js";
import type { Rule } from "../rule.js";

/** What happened to the component schemas, each name in exactly one list. */
export interface ComponentChanges {
  added: ComponentSchema[];
  removed: ComponentSchema[];
  /** A name gone and a new name with the same contract. */
  renamed: Array<{ base: ComponentSchema; revision: ComponentSchema }>;
  /** A name gone whose contract the revision still uses, written inline. */
  inlined: ComponentSchema[];
}

const cache = new WeakMap<DiffContext, ComponentChanges>();

/** Computed once per context and shared by the component rules. */
export function componentChanges(ctx: DiffContext): ComponentChanges {
  let changes = cache.get(ctx);
  if (!changes) cache.set(ctx, (changes = compute(ctx)));
  return changes;
}

function compute(ctx: DiffContext): ComponentChanges {
  const gone = [...ctx.base.schemas.values()].filter((c) => !ctx.revision.schemas.has(c.name));
  const added = [...ctx.revision.schemas.values()].filter((c) => !ctx.base.schemas.has(c.name));
  const renamed: ComponentChanges["renamed"] = [];
  const inlined: ComponentSchema[] = [];
  const removed: ComponentSchema[] = [];
  const reachable = reachableClasses(ctx);
  for (const component of gone) {
    const target = added.find((candidate) => ctx.sameSchema(component.schema, candidate.schema));
    if (target) {
      renamed.push({ base: component, revision: target });
      added.splice(added.indexOf(target), 1);
    } else if (reachable.has(ctx.structuralClass(component.schema))) inlined.push(component);
    else removed.push(component);
  }
  return { added, removed, renamed, inlined };
}

/** The structural classes of every schema the revision's operations and webhooks use. */
function reachableClasses(ctx: DiffContext): Set<number | undefined> {
  return new Set(
    collect(operationSchemaRoots(ctx.revision)).map((schema) => ctx.structuralClass(schema)),
  );
}

/** `components["schemas"]["Charge"]`, as a consumer of the generated package writes the type. */
export function exportedType(name: string): string {
  return `components["schemas"][${JSON.stringify(name)}]`;
}

interface ComponentRuleDefinition extends Omit<Rule, "check" | "direction"> {
  findings(changes: ComponentChanges): RawFinding[];
}

/** A rule about the component schemas, the named types the generated package exports. */
export function componentRule(definition: ComponentRuleDefinition): Rule {
  const { findings, ...rule } = definition;
  return { ...rule, direction: "package", check: (ctx) => findings(componentChanges(ctx)) };
}
