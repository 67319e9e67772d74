/** Helpers to use an OpenAPI document's schemas as JSON Schema 2020-12 (for ajv) and to follow its `$ref`s. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The node a local `$ref` (`#/components/schemas/Shop`) points to in `document`, or undefined. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const tokens = ref
    .slice(1)
    .split("/")
    .slice(1)
    .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = document;
  for (const token of tokens) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Follows `$ref` chains (components.responses, requestBodies, examples, schemas) to the node itself. */
export function deref(document: unknown, node: unknown, depth = 0): unknown {
  if (depth > 32 || !isObject(node) || typeof node["$ref"] !== "string") return node;
  return deref(document, resolvePointer(document, node["$ref"]), depth + 1);
}

/** Keywords whose value is one schema, and those whose value is a map or list of schemas. */
const ONE = [
  "additionalProperties",
  "items",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "additionalItems",
];
const MAP = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];

/**
 * An OpenAPI schema as JSON Schema 2020-12: local `$ref`s point into the registered document
 * (`<documentId>#/…`), and for OpenAPI 3.0 `nullable: true` allows null and boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become numbers. Walks schema positions only, so example
 * values are never touched.
 */
export function toJsonSchema(schema: unknown, documentId: string, openapi30: boolean): unknown {
  if (typeof schema === "boolean" || !isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "$ref" && typeof value === "string" && value.startsWith("#"))
      out[keyword] = `${documentId}${value}`;
    else if (ONE.includes(keyword) && (isObject(value) || typeof value === "boolean"))
      out[keyword] = toJsonSchema(value, documentId, openapi30) as Json;
    else if (keyword === "items" && Array.isArray(value))
      out[keyword] = value.map((item) => toJsonSchema(item, documentId, openapi30) as Json);
    else if (MAP.includes(keyword) && isObject(value))
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [
          name,
          toJsonSchema(child, documentId, openapi30) as Json,
        ]),
      );
    else if (LIST.includes(keyword) && Array.isArray(value))
      out[keyword] = value.map((child) => toJsonSchema(child, documentId, openapi30) as Json);
    else out[keyword] = value;
  }
  if (!openapi30) return out;
  for (const bound of ["Minimum", "Maximum"] as const) {
    const exclusive = out[`exclusive${bound}`];
    if (typeof exclusive !== "boolean") continue;
    if (exclusive && typeof out[bound.toLowerCase()] === "number") {
      out[`exclusive${bound}`] = out[bound.toLowerCase()]!;
      delete out[bound.toLowerCase()];
    } else delete out[`exclusive${bound}`];
  }
  if (out["nullable"] !== true) return out;
  delete out["nullable"];
  if (typeof out["type"] === "string") {
    out["type"] = [out["type"], "null"];
    if (Array.isArray(out["enum"]) && !out["enum"].includes(null))
      out["enum"] = [...out["enum"], null];
    return out;
  }
  return { anyOf: [out, { type: "null" }] };
}

/** The document's `components.schemas` as a 2020-12 schema resource ajv can register under `documentId`. */
export function componentsAsSchema(document: unknown, documentId: string): JsonObject {
  const openapi30 = is30(document);
  const schemas =
    isObject(document) &&
    isObject(document["components"]) &&
    isObject(document["components"]["schemas"])
      ? document["components"]["schemas"]
      : {};
  return {
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [
          name,
          toJsonSchema(schema, documentId, openapi30) as Json,
        ]),
      ),
    },
  };
}

export function is30(document: unknown): boolean {
  return (
    isObject(document) &&
    typeof document["openapi"] === "string" &&
    document["openapi"].startsWith("3.0")
  );
}
