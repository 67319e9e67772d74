import { isRecord } from "../util/json-pointer.js";
import { operations } from "../util/openapi-walk.js";
import { camelCase, pascalCase } from "./naming.js";

/**
 * The operationId of an operation that has none, from its method and path: the HTTP method, then each
 * path segment in PascalCase, a `{parameter}` as `By<Parameter>`:
 * `GET /users/{user_id}/cards` → `getUsersByUserIdCards`, `POST /` → `postRoot`.
 */
export function deriveOperationId(method: string, path: string): string {
  const words = path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
      return parameter === undefined ? pascalCase(segment) : `By${pascalCase(parameter)}`;
    })
    .filter((word) => word !== "_");
  return camelCase(method) + (words.length > 0 ? words.join("") : "Root");
}

/**
 * Every operation of `paths` that lacks an operationId, mapped to a derived one. Stable (document
 * order) and collision-free: a derived id that another operation already uses, written or derived,
 * gets the first free suffix 2, 3, ….
 */
export function deriveMissingOperationIds(
  document: Record<string, unknown>,
): Map<Record<string, unknown>, string> {
  const sites = [...operations(document)].filter((site) => site.section === "paths");
  const taken = new Set(
    sites
      .map((site) => site.operation["operationId"])
      .filter((id): id is string => typeof id === "string" && id !== ""),
  );
  const derived = new Map<Record<string, unknown>, string>();
  for (const site of sites) {
    const written = site.operation["operationId"];
    if (typeof written === "string" && written !== "") continue;
    const base = deriveOperationId(site.method, site.key);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
    taken.add(id);
    derived.set(site.operation, id);
  }
  return derived;
}

/**
 * The document with each derived operationId written into its operation (copies of the changed
 * path items only), so that the type emitter names the operation as the client does.
 */
export function withOperationIds(
  document: Record<string, unknown>,
  derived: Map<Record<string, unknown>, string>,
): Record<string, unknown> {
  if (derived.size === 0 || !isRecord(document["paths"])) return document;
  const paths: Record<string, unknown> = {};
  for (const [key, pathItem] of Object.entries(document["paths"])) {
    if (!isRecord(pathItem)) {
      paths[key] = pathItem;
      continue;
    }
    const copy: Record<string, unknown> = { ...pathItem };
    for (const [method, operation] of Object.entries(pathItem)) {
      const id = isRecord(operation) ? derived.get(operation) : undefined;
      if (id !== undefined)
        copy[method] = { operationId: id, ...(operation as Record<string, unknown>) };
    }
    paths[key] = copy;
  }
  return { ...document, paths };
}
