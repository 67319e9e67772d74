import type { Schema } from "./normalize/schema.js";

/**
 * The TypeScript type openapi-typescript writes for a schema node, one level deep: child schemas
 * appear only by position and optionality, since a change inside a child is that child's own
 * finding. Keywords TypeScript cannot express (formats, bounds, lengths, patterns) leave no trace,
 * and `integer` and `number` are both `number`.
 */
export function typeShape(schema: Schema): string {
  const parts: string[] = [];
  if (schema.enum !== undefined)
    parts.push(...schema.enum.map((value) => JSON.stringify(value)).sort());
  else if (schema.types === undefined) parts.push(schema.variants ? "" : "unknown");
  else parts.push(...new Set(schema.types.map((type) => shapeOf(type, schema))));
  if (schema.variants)
    parts.push(
      `${schema.variants.kind === "oneOf" ? "oneOf" : "anyOf"}(${schema.variants.schemas.length})`,
    );
  if (schema.nullable) parts.push("null");
  return parts.filter(Boolean).sort().join(" | ");
}

function shapeOf(type: string, schema: Schema): string {
  switch (type) {
    case "integer":
    case "number":
      return "number";
    case "array":
      return "unknown[]";
    case "object": {
      const keys = [...schema.properties.keys()]
        .sort()
        .map((name) => (schema.required.has(name) ? name : `${name}?`));
      const extra =
        schema.additionalProperties === undefined
          ? ""
          : schema.additionalProperties === false
            ? ""
            : "[key]";
      return `{${[...keys, extra].filter(Boolean).join(";")}}`;
    }
    default:
      return type;
  }
}

export function typeShapeChanged(base: Schema, revision: Schema): boolean {
  return typeShape(base) !== typeShape(revision);
}
