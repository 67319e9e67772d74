export function escapePointerSegment(segment: string): string {
  // Most segments need no escaping; skipping the two regex passes matters on large documents.
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base;
  for (const segment of segments) out += "/" + escapePointerSegment(String(segment));
  return out;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  return body
    .split("/")
    .slice(1)
    .map((s) => unescapePointerSegment(decodeURIComponent(s)));
}

export function parentPointer(pointer: string): string | undefined {
  if (pointer === "") return undefined;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

/** Follows a pointer (without the leading '#') through plain JSON-like data. */
export function getAtPointer(root: unknown, pointer: string): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= node.length)
        return { found: false, value: undefined };
      node = node[index];
    } else if (isRecord(node) && Object.hasOwn(node, segment)) {
      node = node[segment];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: node };
}

/**
 * Follows already-unescaped segments through own properties only: an array index as written in the
 * array ("1", not getAtPointer's lenient "01").
 */
export function getOwnAtPath(
  root: unknown,
  path: readonly string[],
): { found: boolean; value: unknown } {
  let node = root;
  for (const segment of path) {
    if ((!isRecord(node) && !Array.isArray(node)) || !Object.hasOwn(node, segment))
      return { found: false, value: undefined };
    node = (node as Record<string, unknown>)[segment];
  }
  return { found: true, value: node };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
