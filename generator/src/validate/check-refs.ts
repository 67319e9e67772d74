import { mappingRef } from "../util/discriminator-mapping.js";
import { getAtPointer, isRecord, joinPointer } from "../util/json-pointer.js";
import { NAME_MAP_KEYS } from "../util/schema-keywords.js";
import type { CheckContext } from "./context.js";

/** Keys whose values are data (examples, enums, defaults): a `$ref` key inside them is not a reference. */
const LITERAL_KEYS = new Set(["example", "enum", "default", "const", "value"]);

/** Every `$ref` left in the bundled document is internal and must resolve. */
export function checkRefs(ctx: CheckContext): void {
  // Pointers whose chain of pure $refs is known to end: each chain is walked once, not once per ref.
  const settled = new Set<string>();
  const visit = (value: unknown, pointer: string, keysAreNames: boolean): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, joinPointer(pointer, index), false));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPointer = joinPointer(pointer, key);
      if (key === "$ref" && !keysAreNames) {
        checkRef(ctx, child, childPointer, settled);
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

function checkRef(ctx: CheckContext, ref: unknown, pointer: string, settled: Set<string>): void {
  if (typeof ref !== "string") {
    ctx.report(
      "PG112",
      `$ref must be a string, got ${ref === null ? "null" : typeof ref}`,
      pointer,
    );
  } else if (ref === "#") {
    ctx.report(
      "PG112",
      "$ref # names the whole document; point at a component such as #/components/schemas/Name",
      pointer,
    );
  } else if (!ref.startsWith("#")) {
    // External refs were resolved by the loader; anything left is a URL paygen does not fetch.
    ctx.report("PG110", `$ref ${ref} is not a file paygen can read`, pointer);
  } else if (!getAtPointer(ctx.document, ref.slice(1)).found) {
    ctx.report("PG110", `$ref ${ref} does not resolve`, pointer);
  } else {
    const cycle = pureRefCycle(ctx.document, ref, settled);
    if (cycle)
      ctx.report(
        "PG113",
        `$ref ${ref} leads back to itself through nothing but $refs (${cycle.join(" → ")})`,
        pointer,
      );
  }
}

/**
 * `A: { $ref: B }`, `B: { $ref: A }` (or `A: { $ref: A }`) describes nothing: following the chain of
 * objects that are only a `$ref` never reaches a value. Returns the chain when it comes back to a
 * pointer it has already passed, else undefined. (Schemas that refer to themselves inside other
 * keywords, such as a tree's `children`, are fine and not followed here.)
 */
function pureRefCycle(document: unknown, ref: string, settled: Set<string>): string[] | undefined {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (
    let current: unknown = ref;
    typeof current === "string" && current.startsWith("#") && !settled.has(current);
  ) {
    if (seen.has(current)) return [...chain, current];
    chain.push(current);
    seen.add(current);
    const target = getAtPointer(document, current.slice(1)).value;
    if (!isPureRef(target)) break;
    current = target["$ref"];
  }
  // No cycle: every pointer of the chain ends somewhere.
  for (const pointer of chain) settled.add(pointer);
  return undefined;
}

/** An object that is a `$ref` and nothing else that describes a value (summary, description and x-* aside). */
function isPureRef(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !("$ref" in value))
    return false;
  return Object.keys(value).every(
    (key) => key === "$ref" || key === "summary" || key === "description" || key.startsWith("x-"),
  );
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
