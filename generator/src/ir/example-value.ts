import { deref } from "../util/deref.js";
import { isRecord } from "../util/json-pointer.js";

/** Deeper than any request a README shows; stops a schema that requires itself. */
const MAX_DEPTH = 8;

/**
 * The smallest value that fits a schema, for documentation examples: only required properties, each
 * taken from `hint` (an example written for an enclosing node, such as an operation's request
 * example), else from the schema's own example, enum, const or default, else a placeholder of its type.
 * `name` labels string placeholders (`"<order_id>"`).
 */
export function exampleValue(
  document: unknown,
  schema: unknown,
  hint?: unknown,
  name?: string,
): unknown {
  return valueOf(document, schema, hint, name, 0);
}

function valueOf(
  document: unknown,
  raw: unknown,
  hint: unknown,
  name: string | undefined,
  depth: number,
): unknown {
  const schema = deref(document, raw)?.value;
  if (!schema || depth > MAX_DEPTH) return hint;
  const given = hint !== undefined ? hint : ownExample(schema);
  const alternatives = schema["oneOf"] ?? schema["anyOf"];
  if (Array.isArray(alternatives) && !isObjectSchema(document, schema)) {
    const first = alternatives.find((alternative) => !isNullSchema(document, alternative));
    return valueOf(document, first, given, name, depth + 1);
  }
  if (isObjectSchema(document, schema)) {
    // An example object may carry optional properties; keep only what the type requires.
    const { properties, required } = objectShape(document, schema);
    const example = isRecord(given) ? given : {};
    const out: Record<string, unknown> = {};
    for (const key of required)
      out[key] = valueOf(document, properties[key], example[key], key, depth + 1);
    return out;
  }
  if (given !== undefined && given !== null) return given;
  if (schema["const"] !== undefined) return schema["const"];
  const enumValue = Array.isArray(schema["enum"])
    ? schema["enum"].find((value) => value !== null)
    : undefined;
  if (enumValue !== undefined) return enumValue;
  if (schema["default"] !== undefined) return schema["default"];
  switch (primaryType(schema)) {
    case "string":
      return `<${name ?? "string"}>`;
    case "integer":
    case "number":
      return typeof schema["minimum"] === "number" ? schema["minimum"] : 1;
    case "boolean":
      return false;
    case "array":
      return typeof schema["minItems"] === "number" && schema["minItems"] > 0
        ? [valueOf(document, schema["items"], undefined, name, depth + 1)]
        : [];
    case "null":
      return null;
    default:
      return {};
  }
}

function ownExample(schema: Record<string, unknown>): unknown {
  if (schema["example"] !== undefined) return schema["example"];
  return Array.isArray(schema["examples"]) ? schema["examples"][0] : undefined;
}

/** The first non-null type of `type: x` or 3.1's `type: [x, "null"]`. */
function primaryType(schema: Record<string, unknown>): string | undefined {
  const type = schema["type"];
  if (typeof type === "string") return type;
  return Array.isArray(type)
    ? type.find((t): t is string => typeof t === "string" && t !== "null")
    : undefined;
}

function isNullSchema(document: unknown, raw: unknown): boolean {
  const type = deref(document, raw)?.value["type"];
  return (
    type === "null" || (Array.isArray(type) && type.length > 0 && type.every((t) => t === "null"))
  );
}

function isObjectSchema(document: unknown, schema: Record<string, unknown>): boolean {
  if (primaryType(schema) === "object" || isRecord(schema["properties"])) return true;
  return (
    Array.isArray(schema["allOf"]) &&
    schema["allOf"].some((part) => {
      const resolved = deref(document, part)?.value;
      return resolved !== undefined && isObjectSchema(document, resolved);
    })
  );
}

/** Properties and required names, `allOf` parts and the first `oneOf`/`anyOf` alternative merged. */
function objectShape(
  document: unknown,
  schema: Record<string, unknown>,
): { properties: Record<string, unknown>; required: string[] } {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const visit = (raw: unknown, depth: number): void => {
    const part = deref(document, raw)?.value;
    if (!part || depth > MAX_DEPTH) return;
    if (isRecord(part["properties"])) Object.assign(properties, part["properties"]);
    if (Array.isArray(part["required"]))
      for (const key of part["required"])
        if (typeof key === "string" && !required.includes(key)) required.push(key);
    if (Array.isArray(part["allOf"])) for (const inner of part["allOf"]) visit(inner, depth + 1);
    // `anyOf: [{ required: [a] }, { required: [b] }]` beside properties: satisfy the first alternative.
    const alternatives = part["oneOf"] ?? part["anyOf"];
    if (Array.isArray(alternatives)) visit(alternatives[0], depth + 1);
  };
  visit(schema, 0);
  return { properties, required };
}
