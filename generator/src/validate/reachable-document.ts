import {
  getOwnAtPath,
  isRecord,
  splitPointer,
  unescapePointerSegment,
} from "../util/json-pointer.js";
import { setOwn } from "../util/set-own.js";

/**
 * A sparse copy of `document` holding only the nodes at `pointers` and everything their local
 * `$ref`s reach, each at its own path (so every reference resolves as it did): what ajv needs to
 * compile the schemas at those pointers, without copying and indexing the whole document. Nodes are
 * shared with `document`, never written to; only the objects along their paths are new.
 */
export function reachableDocument(
  document: Record<string, unknown>,
  pointers: readonly string[],
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  // `$id` or `$schema` at the top changes how ajv reads everything below it.
  for (const [key, value] of Object.entries(document))
    if (key.startsWith("$")) setOwn(root, key, value);
  const skeleton = new WeakSet<object>([root]);
  const included = new Set<unknown>();
  /** Nodes included whose `$ref`s are still to follow. */
  const pending: unknown[] = [];

  let whole = false;
  const include = (path: string[]): void => {
    const found = getOwnAtPath(document, path);
    if (!found.found || included.has(found.value)) return;
    included.add(found.value);
    if (path.length === 0) whole = true;
    let parent: Record<string, unknown> | unknown[] = root;
    let source: unknown = document;
    for (const [index, segment] of path.entries()) {
      source = (source as Record<string, unknown>)[segment];
      const existing = Object.hasOwn(parent, segment)
        ? (parent as Record<string, unknown>)[segment]
        : undefined;
      if (index === path.length - 1) {
        // A skeleton already here holds only some of what the whole node brings.
        if (existing === undefined || skeleton.has(existing as object))
          setOwn(parent, segment, source);
      } else if (existing === undefined) {
        const next: Record<string, unknown> | unknown[] = Array.isArray(source) ? [] : {};
        skeleton.add(next);
        setOwn(parent, segment, next);
        parent = next;
      } else if (skeleton.has(existing as object)) {
        parent = existing as Record<string, unknown>;
      } else {
        // Inside a node copied whole already.
        break;
      }
    }
    pending.push(found.value);
  };

  for (const pointer of pointers) include(pointer.split("/").slice(1).map(unescapePointerSegment));
  while (pending.length > 0 && !whole) {
    for (const ref of localRefs(pending.pop())) {
      try {
        include(splitPointer(ref));
      } catch {
        // A malformed escape: ajv reports the reference when it compiles the schema.
      }
    }
  }
  return whole ? document : root;
}

function localRefs(node: unknown): string[] {
  const refs: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === "$ref" && typeof child === "string" && child.startsWith("#")) refs.push(child);
        else stack.push(child);
      }
    }
  }
  return refs;
}
