import { deref } from "./deref.js";
import { isRecord } from "./json-pointer.js";

/** Deeper `allOf` chains than this are not followed (a schema cannot be that layered on purpose). */
const MAX_DEPTH = 32;

/**
 * The values a webhook payload schema allows for its discriminator property: a `const` or a string
 * `enum`, found through `$ref`s and `allOf` parts, which narrow each other (a base schema's enum of
 * every event and a part's single event give that event). Undefined when nothing pins the property
 * to strings.
 */
export function discriminatorValues(
  document: unknown,
  schema: unknown,
  property: string,
): string[] | undefined {
  const visit = (node: unknown, depth: number): string[] | undefined => {
    const resolved = depth > MAX_DEPTH ? undefined : deref(document, node)?.value;
    if (!resolved) return undefined;
    let pinned = ownValues(document, resolved, property);
    const parts = resolved["allOf"];
    for (const part of Array.isArray(parts) ? parts : []) {
      const partValues = visit(part, depth + 1);
      if (partValues !== undefined)
        pinned = pinned === undefined ? partValues : pinned.filter((v) => partValues.includes(v));
    }
    return pinned;
  };
  return visit(schema, 0);
}

function ownValues(
  document: unknown,
  schema: Record<string, unknown>,
  property: string,
): string[] | undefined {
  const properties = schema["properties"];
  const propertySchema = isRecord(properties)
    ? deref(document, properties[property])?.value
    : undefined;
  if (!propertySchema) return undefined;
  const allowed = "const" in propertySchema ? [propertySchema["const"]] : propertySchema["enum"];
  if (!Array.isArray(allowed) || allowed.length === 0) return undefined;
  return allowed.every((v): v is string => typeof v === "string")
    ? [...new Set(allowed)]
    : undefined;
}
