import { escapePointerSegment, getAtPointer } from "./json-pointer.js";

/**
 * The schema a `discriminator.mapping` value names: a bare schema name (`Pet`, as OpenAPI allows)
 * becomes `#/components/schemas/Pet` when that component exists; refs and unknown names stay as
 * written (the validator reports the unknown ones).
 */
export function mappingRef(document: Record<string, unknown>, value: string): string {
  if (value.startsWith("#")) return value;
  const ref = `#/components/schemas/${escapePointerSegment(value)}`;
  return getAtPointer(document, ref.slice(1)).found ? ref : value;
}
