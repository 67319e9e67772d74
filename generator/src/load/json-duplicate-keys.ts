import { eachEntry, skipSpace, valueEnd } from "./json-scan.js";

/**
 * Where a valid JSON text writes a key a second time in the same object (JSON.parse keeps the last
 * silently): the offsets of the repeated keys, in text order.
 */
export function duplicateKeyOffsets(text: string): number[] {
  const duplicates: number[] = [];
  const walk = (start: number): number => {
    const bracket = text[start];
    if (bracket !== "{" && bracket !== "[") return valueEnd(text, start);
    const keys = new Set<string>();
    return eachEntry(text, start, (key, keyAt, valueAt) => {
      if (bracket === "{") {
        if (keys.has(key)) duplicates.push(keyAt);
        keys.add(key);
      }
      return walk(valueAt);
    });
  };
  walk(skipSpace(text, 0));
  return duplicates;
}
