import { mappingRef } from "../util/discriminator-mapping.js";
import { getAtPointer, isRecord, joinPointer } from "../util/json-pointer.js";
import type { CheckContext } from "./context.js";

/** Keys whose values are data (examples, enums, defaults): a `$ref` key inside them is not a reference. */
const LITERAL_KEYS = new Set(["example", "enum", "default", "const", "value"]);
/** Keys whose value is a map of user-chosen names (a property called `default` is not a keyword). */
const NAME_MAP_KEYS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "paths",
  "webhooks",
  "content",
  "encoding",
  "variables",
]);

/** Every `$ref` left in the bundled document is internal and must resolve. */
export function checkRefs(ctx: CheckContext): void {
  const visit = (value: unknown, pointer: string, keysAreNames: boolean): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, joinPointer(pointer, index), false));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPointer = joinPointer(pointer, key);
      if (key === "$ref" && !keysAreNames) {
        checkRef(ctx, child, childPointer);
        continue;
      }
      if (key === "discriminator" && !keysAreNames) {
        checkMapping(ctx, child, childPointer);
        continue;
      }
      if (!keysAreNames && (LITERAL_KEYS.has(key) || (key === "examples" && Array.isArray(child))))
        continue;
      visit(child, childPointer, !keysAreNames && NAME_MAP_KEYS.has(key));
    }
  };
  visit(ctx.document, "", false);
}

function checkRef(ctx: CheckContext, ref: unknown, pointer: string): void {
  if (typeof ref !== "string") {
    ctx.report(
      "PG112",
      `$ref must be a string, got ${ref === null ? "null" : typeof ref}`,
      pointer,
    );
  } else if (!ref.startsWith("#")) {
    // External refs were resolved by the loader; anything left is a URL paygen does not fetch.
    ctx.report("PG110", `$ref ${ref} is not a file paygen can read`, pointer);
  } else if (!getAtPointer(ctx.document, ref.slice(1)).found) {
    ctx.report("PG110", `$ref ${ref} does not resolve`, pointer);
  }
}

/** `discriminator.mapping` values are refs or bare schema names; either must name a schema. */
function checkMapping(ctx: CheckContext, discriminator: unknown, pointer: string): void {
  if (!isRecord(discriminator) || !isRecord(discriminator["mapping"])) return;
  for (const [name, target] of Object.entries(discriminator["mapping"])) {
    if (typeof target !== "string") continue;
    const ref = mappingRef(ctx.document, target);
    if (!ref.startsWith("#") || !getAtPointer(ctx.document, ref.slice(1)).found)
      ctx.report(
        "PG110",
        `discriminator mapping ${JSON.stringify(name)} names ${target}, which does not resolve`,
        joinPointer(pointer, "mapping", name),
      );
  }
}
