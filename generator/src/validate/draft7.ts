import { isRecord, unescapePointerSegment } from "../util/json-pointer.js";
import { DATA_KEYWORDS } from "../util/schema-keywords.js";
import { setOwn } from "../util/set-own.js";

/**
 * OpenAPI 3.0 schemas are draft-04-like: boolean exclusiveMinimum/Maximum become draft-07 numbers,
 * and `nullable: true` (allowed without `type`) becomes an explicit alternative of null.
 */
export function toDraft7(document: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert);
    if (!isRecord(value)) return value;
    return draft7Node(value, convert);
  };
  return convert(document) as Record<string, unknown>;
}

/**
 * One object as draft 7 reads it; its children pass through `child` (the recursive conversion,
 * or the identity for a caller that converts each schema as it reaches it).
 */
export function draft7Node(
  node: Record<string, unknown>,
  child: (value: unknown) => unknown = (value) => value,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    setOwn(out, key, DATA_KEYWORDS.has(key) ? value : child(value));
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[flag] === "boolean") {
      if (out[flag] === true && typeof out[bound] === "number") {
        out[flag] = out[bound];
        delete out[bound];
      } else {
        delete out[flag];
      }
    }
  }
  if (out["nullable"] === true) {
    const wraps = movesIntoAnyOf(out);
    delete out["nullable"];
    if (Array.isArray(out["enum"]) && !out["enum"].includes(null))
      out["enum"] = [...out["enum"], null];
    if (!wraps) {
      out["type"] = [out["type"], "null"];
    } else {
      const { example: _example, description, ...rest } = out;
      return {
        ...(description === undefined ? {} : { description }),
        anyOf: [rest, { type: "null" }],
      };
    }
  } else if (out["nullable"] === false) {
    delete out["nullable"];
  }
  return out;
}

/**
 * Whether draft7Node moves the object's keywords one level down, into the first alternative of an
 * `anyOf` with null: `nullable` without a plain `type` to add null to.
 */
function movesIntoAnyOf(node: Record<string, unknown>): boolean {
  return (
    node["nullable"] === true && !(typeof node["type"] === "string" && node["$ref"] === undefined)
  );
}

/** Where the node at `pointer` (unencoded, as in the OpenAPI document) sits in toDraft7's copy. */
export function draft7Pointer(document: Record<string, unknown>, pointer: string): string {
  let node: unknown = document;
  let out = "";
  for (const segment of pointer.split("/").slice(1)) {
    if (isRecord(node) && movesIntoAnyOf(node) && segment !== "description") out += "/anyOf/0";
    out += `/${segment}`;
    node =
      isRecord(node) || Array.isArray(node)
        ? (node as Record<string, unknown>)[unescapePointerSegment(segment)]
        : undefined;
  }
  return out;
}
