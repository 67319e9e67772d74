/**
 * A small JSON Schema checker for the subset OpenAPI payload schemas use (type, required, properties,
 * additionalProperties, items, enum, const, allOf/anyOf/oneOf, nullable, $ref into `definitions`).
 * It answers "does this value have this shape", with the first mismatch as a path, for parsing
 * inbound payloads such as webhooks; it is not a full validator.
 */
import { MAX_SHAPE_DEPTH } from "./limits.js";
import { quoteUntrusted } from "./untrusted-text.js";

export type ShapeSchema = Record<string, unknown>;

export function findMismatch(
  schema: ShapeSchema,
  value: unknown,
  definitions: Record<string, ShapeSchema>,
  at = "$",
): string | undefined {
  return mismatchAt(schema, value, definitions, at, 0);
}

function mismatchAt(
  schema: ShapeSchema,
  value: unknown,
  definitions: Record<string, ShapeSchema>,
  at: string,
  depth: number,
): string | undefined {
  if (depth > MAX_SHAPE_DEPTH) return `${at}: nested more than ${MAX_SHAPE_DEPTH} levels deep`;
  const checkChild = (child: ShapeSchema, childValue: unknown, childAt: string) =>
    mismatchAt(child, childValue, definitions, childAt, depth + 1);
  const ref = schema["$ref"];
  if (typeof ref === "string") {
    const target = definitions[ref.replace(/^#\/components\/schemas\//, "")];
    return target ? checkChild(target, value, at) : `${at}: unknown schema ${ref}`;
  }
  if (value === null && (schema["nullable"] === true || typesOf(schema).includes("null")))
    return undefined;
  if ("const" in schema && value !== schema["const"])
    return `${at}: expected ${JSON.stringify(schema["const"])}`;
  if (Array.isArray(schema["enum"]) && !schema["enum"].includes(value)) {
    return `${at}: expected one of ${schema["enum"].map((v) => JSON.stringify(v)).join(", ")}`;
  }
  const types = typesOf(schema);
  if (types.length > 0 && !types.some((type) => hasType(value, type)))
    return `${at}: expected ${types.join(" or ")}`;
  for (const part of (schema["allOf"] as ShapeSchema[] | undefined) ?? []) {
    const mismatch = checkChild(part, value, at);
    if (mismatch) return mismatch;
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const options = schema[keyword] as ShapeSchema[] | undefined;
    if (options && !options.some((option) => checkChild(option, value, at) === undefined)) {
      return `${at}: matches none of the ${keyword} alternatives`;
    }
  }
  if (isRecord(value)) {
    const properties = (schema["properties"] ?? {}) as Record<string, ShapeSchema>;
    for (const name of (schema["required"] as string[] | undefined) ?? []) {
      if (!(name in value)) return `${at}${segment(name)}: required`;
    }
    for (const [name, child] of Object.entries(value)) {
      const propertySchema = properties[name];
      if (propertySchema) {
        const mismatch = checkChild(propertySchema, child, `${at}${segment(name)}`);
        if (mismatch) return mismatch;
      } else if (schema["additionalProperties"] === false) {
        return `${at}${segment(name)}: not allowed`;
      }
    }
  }
  if (Array.isArray(value) && isRecord(schema["items"])) {
    for (const [index, item] of value.entries()) {
      const mismatch = checkChild(schema["items"], item, `${at}[${index}]`);
      if (mismatch) return mismatch;
    }
  }
  return undefined;
}

/** Property names longer than this are cut in paths: an unexpected one comes from whoever sent the value. */
const MAX_NAME_IN_PATH = 64;

/** `.name` for a plain name, else `["name"]` as `quoteUntrusted` writes it. */
function segment(name: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(name) && name.length <= MAX_NAME_IN_PATH) return `.${name}`;
  return `[${quoteUntrusted(name, MAX_NAME_IN_PATH)}]`;
}

function typesOf(schema: ShapeSchema): string[] {
  const type = schema["type"];
  return typeof type === "string" ? [type] : Array.isArray(type) ? (type as string[]) : [];
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isRecord(value);
    case "null":
      return value === null;
    default:
      return true;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
