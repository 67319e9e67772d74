import { sameValue, type Schema } from "./schema.js";

/**
 * Whether two normalised schemas mean the same contract, ignoring where they were written and under
 * which component name. Recursive schemas compare co-inductively: a pair met again while it is
 * being compared is assumed equal. `false` is always sound to remember; `true` only once the
 * outermost comparison that assumed things has come out true.
 */
export class SchemaEquality {
  private readonly known = new WeakMap<Schema, WeakMap<Schema, boolean>>();

  equal(a: Schema, b: Schema): boolean {
    const assumed: Array<[Schema, Schema]> = [];
    const result = this.compare(a, b, new Map(), assumed);
    if (result) for (const [x, y] of assumed) this.remember(x, y, true);
    return result;
  }

  private remember(a: Schema, b: Schema, value: boolean): void {
    let row = this.known.get(a);
    if (!row) this.known.set(a, (row = new WeakMap()));
    row.set(b, value);
  }

  private compare(a: Schema, b: Schema, open: Map<Schema, Set<Schema>>, assumed: Array<[Schema, Schema]>): boolean {
    if (a === b) return true;
    const cached = this.known.get(a)?.get(b);
    if (cached !== undefined) return cached;
    let row = open.get(a);
    if (row?.has(b)) return true;
    if (!row) open.set(a, (row = new Set()));
    row.add(b);
    assumed.push([a, b]);
    const result = sameOwnKeywords(a, b) && this.children(a, b, open, assumed);
    row.delete(b);
    if (!result) this.remember(a, b, false);
    return result;
  }

  private children(a: Schema, b: Schema, open: Map<Schema, Set<Schema>>, assumed: Array<[Schema, Schema]>): boolean {
    for (const [name, property] of a.properties) {
      const other = b.properties.get(name);
      if (!other || !this.compare(property, other, open, assumed)) return false;
    }
    const both = <T>(x: T | undefined, y: T | undefined, same: (x: T, y: T) => boolean) =>
      x === undefined ? y === undefined : y !== undefined && same(x, y);
    const schemas = (x: Schema, y: Schema) => this.compare(x, y, open, assumed);
    if (!both(a.items, b.items, schemas)) return false;
    if (!both(a.additionalProperties, b.additionalProperties, (x, y) => (x === false || y === false ? x === y : schemas(x, y)))) return false;
    return both(a.variants, b.variants, (x, y) => x.kind === y.kind && x.schemas.length === y.schemas.length && x.schemas.every((s, i) => schemas(s, y.schemas[i]!)));
  }
}

const SCALAR_KEYS = [
  "nullable", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
  "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "readOnly", "writeOnly", "deprecated",
] as const;

/**
 * Whether two nodes are alike apart from their children's contents: same keywords, same property
 * names and required list, same shape of items, extra properties and variants.
 */
export function sameOwnKeywords(a: Schema, b: Schema): boolean {
  if (SCALAR_KEYS.some((key) => a[key] !== b[key])) return false;
  if (String(a.types) !== String(b.types) || a.types === undefined !== (b.types === undefined)) return false;
  if (a.enum === undefined !== (b.enum === undefined)) return false;
  if (a.enum && !sameValues(a.enum, b.enum!)) return false;
  if ("default" in a !== "default" in b || !sameValue(a.default, b.default)) return false;
  if (a.properties.size !== b.properties.size || a.required.size !== b.required.size) return false;
  for (const name of a.required) if (!b.required.has(name)) return false;
  for (const name of a.properties.keys()) if (!b.properties.has(name)) return false;
  if ((a.items === undefined) !== (b.items === undefined)) return false;
  const extra = (s: Schema) => (s.additionalProperties === undefined ? "open" : s.additionalProperties === false ? "closed" : "schema");
  if (extra(a) !== extra(b)) return false;
  const names = (s: Schema) => s.variants?.schemas.map((v) => v.refName ?? "").join("\0");
  return a.variants?.kind === b.variants?.kind && a.variants?.schemas.length === b.variants?.schemas.length && names(a) === names(b);
}

/** Same set of enum values, in any order. */
function sameValues(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  const primitives = new Set(b.filter((v) => typeof v !== "object"));
  return a.every((v) => (typeof v !== "object" ? primitives.has(v) : b.some((w) => sameValue(v, w))));
}
