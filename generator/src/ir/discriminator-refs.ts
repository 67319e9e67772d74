import { mappingRef } from "../util/discriminator-mapping.js";
import { isRecord } from "../util/json-pointer.js";

/** Keys whose values are data, not schemas: a `discriminator` inside them is not one. */
const DATA_KEYS = new Set(["example", "examples", "enum", "default", "const", "value"]);

/**
 * The document with every bare schema name in a `discriminator.mapping` written as a `$ref` (copies
 * of the changed branches only): openapi-typescript resolves mapping values as refs.
 */
export function withDiscriminatorRefs(document: Record<string, unknown>): Record<string, unknown> {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(rewrite);
      return items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (!isRecord(value)) return value;
    let copy: Record<string, unknown> | undefined;
    for (const [key, child] of Object.entries(value)) {
      const next = DATA_KEYS.has(key)
        ? child
        : key === "discriminator"
          ? rewriteDiscriminator(child)
          : rewrite(child);
      if (next !== child) (copy ??= { ...value })[key] = next;
    }
    return copy ?? value;
  };
  const rewriteDiscriminator = (discriminator: unknown): unknown => {
    if (!isRecord(discriminator) || !isRecord(discriminator["mapping"])) return discriminator;
    const entries = Object.entries(discriminator["mapping"]);
    const mapped = entries.map(
      ([name, target]) =>
        [name, typeof target === "string" ? mappingRef(document, target) : target] as const,
    );
    if (mapped.every(([, target], index) => target === entries[index]![1])) return discriminator;
    return { ...discriminator, mapping: Object.fromEntries(mapped) };
  };
  return rewrite(document) as Record<string, unknown>;
}
