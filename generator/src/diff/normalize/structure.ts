import type { Schema } from "./schema.js";

/**
 * Structural hashes of every normalised schema of both specs: two nodes get the same class exactly
 * when they mean the same contract (same keywords, and children of the same classes under the same
 * property names; oneOf/anyOf members as a multiset). Classes are computed by partition refinement
 * — Merkle hashing repeated until stable — so recursive schemas need no special case, and the
 * classes are interned integers, so equal classes never come from a hash collision.
 *
 * The cost is linear in the number of distinct nodes per round, and the number of rounds is the
 * depth at which two nodes first differ; identical specs cost a few passes over their schemas.
 */
export class StructuralIndex {
  private readonly classes = new Map<Schema, number>();

  constructor(roots: Iterable<Schema>) {
    const nodes = collect(roots);
    const position = new Map(nodes.map((node, i) => [node, i]));
    const edges = nodes.map((node) => childEdges(node, position));
    let current = intern(nodes.map(ownSignature));
    for (;;) {
      const previous = current.ids;
      const next = intern(
        nodes.map((_, i) => `${previous[i]}|${childClasses(edges[i]!, previous)}`),
      );
      const stable = next.count === current.count;
      current = next;
      if (stable) break;
    }
    nodes.forEach((node, i) => this.classes.set(node, current.ids[i]!));
  }

  /** The structural class of an indexed schema: equal classes, same contract. */
  classOf(schema: Schema): number | undefined {
    return this.classes.get(schema);
  }

  /** Whether two schemas are the same contract; nodes not indexed are only equal to themselves. */
  same(a: Schema, b: Schema): boolean {
    if (a === b) return true;
    const x = this.classes.get(a);
    return x !== undefined && x === this.classes.get(b);
  }
}

/** A node's children by position in the node list: named ones in name order, then variants. */
interface Edges {
  named: number[];
  variants?: number[];
}

/** Every schema reachable from the roots, each once. */
export function collect(roots: Iterable<Schema>): Schema[] {
  const seen = new Set<Schema>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...node.properties.values());
    if (node.items) stack.push(node.items);
    if (node.additionalProperties) stack.push(node.additionalProperties);
    if (node.variants) stack.push(...node.variants.schemas);
  }
  return [...seen];
}

/** Which child is which is fixed by {@link ownSignature} (property names, items, extra properties). */
function childEdges(node: Schema, position: Map<Schema, number>): Edges {
  const at = (child: Schema) => position.get(child)!;
  const named = [...node.properties.keys()].sort().map((name) => at(node.properties.get(name)!));
  if (node.items) named.push(at(node.items));
  if (node.additionalProperties) named.push(at(node.additionalProperties));
  return node.variants ? { named, variants: node.variants.schemas.map(at) } : { named };
}

/** The children's current classes; oneOf/anyOf members as a sorted multiset, since their order means nothing. */
function childClasses(edges: Edges, classes: number[]): string {
  const named = edges.named.map((i) => classes[i]).join(",");
  if (!edges.variants) return named;
  return `${named}|${edges.variants
    .map((i) => classes[i]!)
    .sort((a, b) => a - b)
    .join(",")}`;
}

function intern(keys: string[]): { ids: number[]; count: number } {
  const table = new Map<string, number>();
  const ids = keys.map((key) => {
    let id = table.get(key);
    if (id === undefined) table.set(key, (id = table.size));
    return id;
  });
  return { ids, count: table.size };
}

/**
 * Whether two nodes are alike apart from their children's contents: same keywords, same property
 * names and required list, same shape of items, extra properties and variants.
 */
export function sameOwnKeywords(a: Schema, b: Schema): boolean {
  return a === b || cachedOwnSignature(a) === cachedOwnSignature(b);
}

const signatures = new WeakMap<Schema, string>();

function cachedOwnSignature(schema: Schema): string {
  let signature = signatures.get(schema);
  if (signature === undefined) signatures.set(schema, (signature = ownSignature(schema)));
  return signature;
}

/** A node's own keywords as one canonical string (enum values and names in a fixed order). */
function ownSignature(node: Schema): string {
  const enumValues = node.enum?.map((value) => JSON.stringify(value)).sort();
  return JSON.stringify([
    node.types ?? null,
    node.nullable,
    node.format ?? null,
    enumValues ?? null,
    node.minimum ?? null,
    node.maximum ?? null,
    node.exclusiveMinimum ?? null,
    node.exclusiveMaximum ?? null,
    node.multipleOf ?? null,
    node.minLength ?? null,
    node.maxLength ?? null,
    node.pattern ?? null,
    node.minItems ?? null,
    node.maxItems ?? null,
    node.uniqueItems,
    node.readOnly,
    node.writeOnly,
    node.deprecated,
    "default" in node ? [JSON.stringify(node.default) ?? "undefined"] : null,
    [...node.properties.keys()].sort(),
    [...node.required].sort(),
    node.items !== undefined,
    node.additionalProperties === undefined
      ? "open"
      : node.additionalProperties === false
        ? "closed"
        : "schema",
    node.variants ? [node.variants.kind, node.variants.schemas.length] : null,
    node.discriminator
      ? [node.discriminator.propertyName, [...node.discriminator.mapping].sort()]
      : null,
  ]);
}
