import type { Schema } from "./normalize/schema.js";
import { sameOwnKeywords } from "./normalize/structure.js";

/** How a child pair hangs below its parent: a property name, or `[]`, `{}`, `<oneOf:1>`. */
type Step = { property: string } | { suffix: string };

/** Two differing schemas at corresponding places, and the differing pairs directly below them. */
export interface PairNode {
  base: Schema;
  revision: Schema;
  /** Whether the own keywords differ: only such pairs are places a rule can report. */
  ownChanged: boolean;
  children?: Array<{ step: Step; node: PairNode }>;
}

/** A path as a chain of steps, turned into text only for the pairs that are reported. */
interface PathLink {
  parent?: PathLink;
  step: Step;
}

export interface PairGraphOptions {
  same(a: Schema, b: Schema): boolean;
  /** Which oneOf/anyOf members correspond. */
  variantPairs(base: Schema, revision: Schema): Array<[Schema, Schema]>;
  /** `X` read as a one-member union when the other side is `anyOf: [X, …]` (see asOneMemberUnion). */
  asUnion(plain: Schema, union: Schema): Schema | undefined;
}

/**
 * Every differing pair of schemas of two specs, as a graph built once: a component reached from
 * 600 operations is compared once, and each operation only walks the graph to name its paths.
 */
export class PairGraph {
  private readonly nodes = new Map<Schema, Map<Schema, PairNode>>();
  private readonly wrappers = new Map<Schema, Map<Schema, Schema | undefined>>();

  constructor(private readonly options: PairGraphOptions) {}

  /**
   * Calls `report` for every pair below (and including) the root whose own keywords differ, once,
   * with the path depth-first search reaches it by: `amount`, `card.number`, `data[].id`, ``.
   */
  changedBelow(
    base: Schema,
    revision: Schema,
    report: (node: PairNode, path: string) => void,
  ): void {
    const root = this.node(base, revision);
    if (!root) return;
    const seen = new Set<PairNode>();
    const visit = (node: PairNode, link: PathLink | undefined): void => {
      if (seen.has(node)) return;
      seen.add(node);
      if (node.ownChanged) report(node, pathText(link));
      for (const child of this.children(node))
        visit(child.node, { ...(link ? { parent: link } : {}), step: child.step });
    };
    visit(root, undefined);
  }

  private node(base: Schema, revision: Schema): PairNode | undefined {
    if (this.options.same(base, revision)) return undefined;
    base = this.asUnion(base, revision) ?? base;
    revision = this.asUnion(revision, base) ?? revision;
    let row = this.nodes.get(base);
    if (!row) this.nodes.set(base, (row = new Map()));
    let node = row.get(revision);
    if (!node)
      row.set(revision, (node = { base, revision, ownChanged: !sameOwnKeywords(base, revision) }));
    return node;
  }

  /** The same wrapper object every time for the same two schemas, so its pair node is found again. */
  private asUnion(plain: Schema, union: Schema): Schema | undefined {
    let row = this.wrappers.get(plain);
    if (!row) this.wrappers.set(plain, (row = new Map()));
    if (!row.has(union)) row.set(union, this.options.asUnion(plain, union));
    return row.get(union);
  }

  private children(node: PairNode): NonNullable<PairNode["children"]> {
    if (node.children) return node.children;
    const { base, revision } = node;
    const children: NonNullable<PairNode["children"]> = [];
    const add = (step: Step, b: Schema, r: Schema) => {
      const child = this.node(b, r);
      if (child) children.push({ step, node: child });
    };
    for (const [name, property] of base.properties) {
      const other = revision.properties.get(name);
      if (other) add({ property: name }, property, other);
    }
    if (base.items && revision.items) add({ suffix: "[]" }, base.items, revision.items);
    if (base.additionalProperties && revision.additionalProperties)
      add({ suffix: "{}" }, base.additionalProperties, revision.additionalProperties);
    for (const [b, r] of this.options.variantPairs(base, revision)) {
      add({ suffix: `<${base.variants!.kind}:${base.variants!.schemas.indexOf(b)}>` }, b, r);
    }
    node.children = children;
    return children;
  }
}

function pathText(link: PathLink | undefined): string {
  const steps: Step[] = [];
  for (let at = link; at; at = at.parent) steps.push(at.step);
  let path = "";
  for (const step of steps.reverse())
    path =
      "property" in step
        ? path
          ? `${path}.${step.property}`
          : step.property
        : `${path}${step.suffix}`;
  return path;
}
