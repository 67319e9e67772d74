import type { DiffContext } from "../../context.js";
import {
  operationSchemaRoots,
  type ComponentSchema,
  type NormalizedSpec,
} from "../../normalize/spec.js";
import { collect } from "../../normalize/structure.js";

/** What happened to the component schemas, each name in exactly one list. */
export interface ComponentChanges {
  added: ComponentSchema[];
  removed: ComponentSchema[];
  /** A name gone and a new name with the same contract. */
  renamed: Array<{ base: ComponentSchema; revision: ComponentSchema }>;
  /** A name gone whose contract the revision still uses, written inline. */
  inlined: ComponentSchema[];
  /** A name on both sides whose contract changed while no operation or webhook of either side uses it. */
  changedUnreachable: Array<{ base: ComponentSchema; revision: ComponentSchema }>;
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
  const reachable = reachableClasses(ctx, ctx.revision);
  for (const component of gone) {
    const target = added.find((candidate) => ctx.sameSchema(component.schema, candidate.schema));
    if (target) {
      renamed.push({ base: component, revision: target });
      added.splice(added.indexOf(target), 1);
    } else if (reachable.has(ctx.structuralClass(component.schema))) inlined.push(component);
    else removed.push(component);
  }
  return {
    added,
    removed,
    renamed,
    inlined,
    changedUnreachable: changedUnreachable(ctx, reachable),
  };
}

/**
 * Components whose changes no operation reports: the contract differs and neither side's version
 * is used by an operation or webhook (a used one is reported at every place that reaches it).
 */
function changedUnreachable(
  ctx: DiffContext,
  reachableInRevision: Set<number | undefined>,
): ComponentChanges["changedUnreachable"] {
  const changed: ComponentChanges["changedUnreachable"] = [];
  let reachableInBase: Set<number | undefined> | undefined;
  for (const base of ctx.base.schemas.values()) {
    const revision = ctx.revision.schemas.get(base.name);
    if (!revision || ctx.sameSchema(base.schema, revision.schema)) continue;
    if (reachableInRevision.has(ctx.structuralClass(revision.schema))) continue;
    reachableInBase ??= reachableClasses(ctx, ctx.base);
    if (reachableInBase.has(ctx.structuralClass(base.schema))) continue;
    changed.push({ base, revision });
  }
  return changed;
}

/** The structural classes of every schema one side's operations and webhooks use. */
function reachableClasses(ctx: DiffContext, spec: NormalizedSpec): Set<number | undefined> {
  return new Set(collect(operationSchemaRoots(spec)).map((schema) => ctx.structuralClass(schema)));
}

/** `components["schemas"]["Charge"]`, as a consumer of the generated package writes the type. */
export function exportedType(name: string): string {
  return `components["schemas"][${JSON.stringify(name)}]`;
}
