import {
  escapePointerSegment,
  getAtPointer,
  isRecord,
  splitPointer,
} from "../util/json-pointer.js";
import { pascalCase } from "./naming.js";

/** Keys whose values are data: a `$ref` key inside them is not a reference. */
const DATA_KEYS = new Set(["example", "examples", "enum", "default", "const", "value"]);

/**
 * The document with every schema that a `$ref` reaches inside an operation (`#/paths/~1a/post/
 * requestBody/content/application~1json/schema/properties/b`) moved to `components.schemas` and
 * referred to from where it was. openapi-typescript writes such a ref as an indexed access through
 * optional members (`paths[…]["requestBody"]["content"]…`), which does not type-check.
 */
export function withPathSchemasHoisted(document: Record<string, unknown>): Record<string, unknown> {
  const targets = new Set<string>();
  collectRefs(document, (ref) => {
    const segments = ref.startsWith("#/") ? splitPointer(ref.slice(1)) : [];
    if ((segments[0] === "paths" || segments[0] === "webhooks") && segments.includes("schema"))
      targets.add(ref);
  });
  if (targets.size === 0) return document;

  const copy = structuredClone(document);
  const components = isRecord(copy["components"]) ? copy["components"] : (copy["components"] = {});
  const schemas = isRecord(components["schemas"])
    ? components["schemas"]
    : (components["schemas"] = {});
  const renamed = new Map<string, string>();
  // Deepest first: a hoisted schema inside another one is already a `$ref` when the outer one moves.
  const ordered = [...targets].sort(
    (a, b) => splitPointer(b.slice(1)).length - splitPointer(a.slice(1)).length,
  );
  for (const ref of ordered) {
    const segments = splitPointer(ref.slice(1));
    const parent = getAtPointer(
      copy,
      "/" + segments.slice(0, -1).map(escapePointerSegment).join("/"),
    ).value;
    const key = segments[segments.length - 1]!;
    if (!isRecord(parent) && !Array.isArray(parent)) continue;
    const container = parent as Record<string, unknown>;
    if (!(key in container)) continue;
    const base = componentName(segments);
    let name = base;
    for (let n = 2; name in schemas; n++) name = `${base}${n}`;
    const internal = `#/components/schemas/${escapePointerSegment(name)}`;
    schemas[name] = container[key];
    container[key] = { $ref: internal };
    renamed.set(ref, internal);
  }
  rewriteRefs(copy, renamed);
  return copy;
}

function collectRefs(value: unknown, found: (ref: string) => void): void {
  if (Array.isArray(value)) return value.forEach((item) => collectRefs(item, found));
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string") found(child);
    else if (!DATA_KEYS.has(key)) collectRefs(child, found);
  }
}

function rewriteRefs(value: unknown, renamed: ReadonlyMap<string, string>): void {
  if (Array.isArray(value)) return value.forEach((item) => rewriteRefs(item, renamed));
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string") {
      const target = renamed.get(child);
      if (target !== undefined) value[key] = target;
    } else if (!DATA_KEYS.has(key)) rewriteRefs(child, renamed);
  }
}

/** `…/schema/properties/circular` → `Circular`; `…/responses/200/content/…/schema` → `Responses200`. */
function componentName(segments: readonly string[]): string {
  const words = segments.filter(
    (s) => !s.includes("/") && !/^(paths|webhooks|properties|items|schema|content)$/.test(s),
  );
  const last = words[words.length - 1] ?? "Schema";
  return pascalCase(/^\d/.test(last) ? `${words[words.length - 2] ?? "schema"} ${last}` : last);
}
