import { DATA_KEYWORDS, NAME_MAP_KEYS } from "../util/schema-keywords.js";
import { setOwn } from "../util/set-own.js";

/** Keys of example data and extensions: what withoutExampleData leaves out of schemas and OpenAPI objects. */
export function isExampleDataKey(key: string): boolean {
  return key === "example" || key === "examples" || key.startsWith("x-");
}

/**
 * The document as ajv may see it: without `example`/`examples` and `x-*` extensions (inside
 * schemas and OpenAPI objects; `enum`, `const` and `default` values are data and stay whole). ajv collects
 * every `$id` it finds under any key, so an `$id` inside example data (the Box spec has many) would
 * register as a schema id and break compilation. Keys inside name maps (`properties`, `schemas`, …)
 * are names and stay, whatever they are called.
 */
export function withoutExampleData(value: unknown, keysAreNames = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutExampleData(item));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!keysAreNames && isExampleDataKey(key)) continue;
    // Instance data (an enum value with `x-` keys) stays as written: ajv compares it to examples.
    const data = !keysAreNames && DATA_KEYWORDS.has(key);
    setOwn(
      out,
      key,
      data ? child : withoutExampleData(child, !keysAreNames && NAME_MAP_KEYS.has(key)),
    );
  }
  return out;
}
