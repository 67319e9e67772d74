import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { HTTP_METHODS } from "../../generator/src/util/http-methods.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A YAML or JSON file of the repository, parsed; `T` is the shape the caller relies on. */
export function readSpec<T>(relativePath: string): T {
  return parse(readFileSync(path.join(REPO_ROOT, relativePath), "utf8")) as T;
}

/** `GET /charges/{charge_id}` and `GET /charges/{id}` are the same operation: parameter names may differ. */
export function operationKey(method: string, route: string): string {
  return `${method.toUpperCase()} ${route.replace(/\{[^}]*\}/g, "{}")}`;
}

export interface SpecOperation<Operation> {
  method: string;
  route: string;
  op: Operation;
  /** operationKey(method, route). */
  key: string;
}

/** Every operation of a `paths` (or `webhooks`) map, in document order. */
export function specOperations<Operation>(
  paths: Record<string, Record<string, Operation>>,
): SpecOperation<Operation>[] {
  const methods = new Set<string>(HTTP_METHODS);
  return Object.entries(paths).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.has(method))
      .map(([method, op]) => ({ method, route, op, key: operationKey(method, route) })),
  );
}
