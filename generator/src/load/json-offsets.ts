import type { LineCounter } from "yaml";
import { joinPointer, unescapePointerSegment } from "../util/json-pointer.js";
import { eachEntry, jsonLineCounter, skipSpace } from "./json-scan.js";

/** Where a value starts, and its key (the value itself for the root and array items). */
type Offsets = readonly [value: number, key: number];

/**
 * Where the value at a JSON pointer starts in a valid JSON text, found on demand: each object or array
 * on a looked-up path is indexed once (its children's offsets), and the values beside the path are
 * skipped without being read. A spec with a few warnings then costs a few scans of the objects on
 * their paths instead of an entry for every value of an 11 MB document.
 */
export function jsonOffsets(text: string): {
  offsets: { get(pointer: string): Offsets | undefined };
  lineCounter: LineCounter;
} {
  const children = new Map<number, Map<string, Offsets>>();
  const indexed = (start: number): Map<string, Offsets> | undefined => {
    let found = children.get(start);
    if (!found && (text[start] === "{" || text[start] === "[")) {
      found = indexContainer(text, start);
      children.set(start, found);
    }
    return found;
  };
  const get = (pointer: string): Offsets | undefined => {
    if (pointer !== "" && !pointer.startsWith("/")) return undefined;
    const segments = pointer.split("/").slice(1).map(unescapePointerSegment);
    // Only the pointers joinPointer writes: the form every caller builds.
    if (joinPointer("", ...segments) !== pointer) return undefined;
    const root = skipSpace(text, 0);
    let at: Offsets = [root, root];
    for (const segment of segments) {
      const child = indexed(at[0])?.get(segment);
      if (!child) return undefined;
      at = child;
    }
    return at;
  };
  return { offsets: { get }, lineCounter: jsonLineCounter(text) };
}

/** The children of the object or array starting at `start`: key (or index) → offsets. */
function indexContainer(text: string, start: number): Map<string, Offsets> {
  const entries = new Map<string, Offsets>();
  eachEntry(text, start, (key, keyAt, valueAt) => {
    entries.set(key, [valueAt, keyAt]);
    return undefined;
  });
  return entries;
}
