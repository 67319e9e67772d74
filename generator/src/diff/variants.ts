import { emptySchema, type Schema } from "./normalize/schema.js";
import { sameOwnKeywords } from "./normalize/structure.js";
import { typeShape } from "./ts-shape.js";

/** How the members of two oneOf/anyOf lists correspond. */
export interface VariantMatch {
  pairs: Array<[Schema, Schema]>;
  added: Schema[];
  removed: Schema[];
}

/**
 * Members match by content, never by how they were written: first those of the same contract (a
 * `$ref`'d member and the same member inlined are one variant), then by component name, then by
 * TypeScript shape, and what is left by position.
 */
export function matchVariants(
  base: Schema,
  revision: Schema,
  same: (a: Schema, b: Schema) => boolean,
): VariantMatch {
  const before = [...(base.variants?.schemas ?? [])];
  const after = [...(revision.variants?.schemas ?? [])];
  const pairs: Array<[Schema, Schema]> = [];
  const pairUp = (matches: (a: Schema, b: Schema) => boolean) => {
    for (const member of [...before]) {
      const other = after.find((candidate) => matches(member, candidate));
      if (!other) continue;
      pairs.push([member, other]);
      before.splice(before.indexOf(member), 1);
      after.splice(after.indexOf(other), 1);
    }
  };
  pairUp(same);
  pairUp((a, b) => a.refName !== undefined && a.refName === b.refName);
  pairUp((a, b) => typeShape(a) === typeShape(b));
  while (before.length > 0 && after.length > 0) pairs.push([before.shift()!, after.shift()!]);
  return { pairs, added: after, removed: before };
}

/**
 * `X → anyOf: [X, Y]` is a widening by one variant, not a change of every keyword of X: when one
 * side is a union with no keywords of its own and a member of the same contract as the other side,
 * the other side is read as a one-member union of the same kind. Undefined otherwise.
 */
export function asOneMemberUnion(
  plain: Schema,
  union: Schema,
  same: (a: Schema, b: Schema) => boolean,
): Schema | undefined {
  if (plain.variants || !union.variants) return undefined;
  const { variants, ...wrapper } = union;
  if (!sameOwnKeywords({ ...wrapper }, emptySchema(union.pointer))) return undefined;
  if (!variants.schemas.some((member) => same(plain, member))) return undefined;
  return { ...emptySchema(plain.pointer), variants: { kind: variants.kind, schemas: [plain] } };
}
