import { getAtPointer, isRecord } from "./json-pointer.js";

/** Follows internal `$ref`s until a non-reference; undefined for a dangling or cyclic chain. */
export function deref(
  document: unknown,
  value: unknown,
): { value: Record<string, unknown>; pointer: string | undefined } | undefined {
  let current = value;
  let pointer: string | undefined;
  const seen = new Set<string>();
  while (isRecord(current) && typeof current["$ref"] === "string") {
    const ref = current["$ref"];
    if (!ref.startsWith("#") || seen.has(ref)) return undefined;
    seen.add(ref);
    const found = getAtPointer(document, ref.slice(1));
    if (!found.found) return undefined;
    pointer = ref.slice(1);
    current = found.value;
  }
  return isRecord(current) ? { value: current, pointer } : undefined;
}
