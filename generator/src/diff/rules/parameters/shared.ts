import type { OperationPair } from "../../context.js";
import type { Parameter } from "../../normalize/spec.js";

/** Path parameter names in template order: `/a/{x}/b/{y}` → [x, y]. */
function pathNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
}

/**
 * The parameters of an operation pair, matched by `in` and name; path parameters match by their
 * position in the path template, so a renamed path parameter is one parameter, not two.
 */
export function matchParameters({
  base,
  revision,
}: OperationPair): Array<{ base?: Parameter; revision?: Parameter }> {
  const renamed = new Map<string, string>();
  const before = pathNames(base.path);
  const after = pathNames(revision.path);
  before.forEach((name, index) => {
    if (after[index] !== undefined) renamed.set(`path:${name}`, `path:${after[index]}`);
  });
  const result: Array<{ base?: Parameter; revision?: Parameter }> = [];
  const used = new Set<string>();
  for (const [key, parameter] of base.parameters) {
    const otherKey = renamed.get(key) ?? key;
    const other = revision.parameters.get(otherKey);
    if (other) used.add(otherKey);
    result.push(other ? { base: parameter, revision: other } : { base: parameter });
  }
  for (const [key, parameter] of revision.parameters)
    if (!used.has(key)) result.push({ revision: parameter });
  return result;
}
