import { LineCounter } from "yaml";

/** Line starts of a text, for turning offsets into line:column. */
export function jsonLineCounter(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    counter.addNewLine(i + 1);
  return counter;
}

/** The first offset from `at` that is not JSON whitespace. */
export function skipSpace(text: string, at: number): number {
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return at;
    at += 1;
  }
  return at;
}

/** The offset just past the string whose opening quote is at `at`. */
export function stringEnd(text: string, at: number): number {
  at += 1;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === 0x22) return at + 1;
    at += c === 0x5c ? 2 : 1;
  }
  return at;
}

/** The offset just past the value starting at `at`, nested values and strings skipped unread. */
export function valueEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === 0x22) return stringEnd(text, at);
  if (first !== 0x7b && first !== 0x5b) {
    while (at < text.length && !",}] \n\r\t".includes(text[at]!)) at += 1;
    return at;
  }
  let depth = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === 0x22) {
      at = stringEnd(text, at);
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth += 1;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return at + 1;
    at += 1;
  }
  return at;
}

/**
 * Calls `visit` for each entry of the object or array starting at `start`, with its key (an array
 * item's index, as a string), where the key starts (an item: where it starts) and where the value
 * starts; `visit` returns where the value ends, or undefined to have it skipped unread. Returns
 * where the container ends.
 */
export function eachEntry(
  text: string,
  start: number,
  visit: (key: string, keyAt: number, valueAt: number) => number | undefined,
): number {
  const isObject = text[start] === "{";
  let at = start + 1;
  for (let index = 0; ; index += 1) {
    at = skipSpace(text, at);
    if (text[at] === (isObject ? "}" : "]")) break;
    const keyAt = at;
    let key = String(index);
    if (isObject) {
      const end = stringEnd(text, at);
      const raw = text.slice(at, end);
      key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      at = skipSpace(text, skipSpace(text, end) + 1); // past the colon
    }
    at = skipSpace(text, visit(key, keyAt, at) ?? valueEnd(text, at));
    if (text[at] !== ",") break;
    at += 1;
  }
  return at + 1;
}

/**
 * One pass over a JSON text that JSON.parse accepted: how deep it nests (stopping at the first
 * bracket past `maxDepth`) and how many object keys it writes. JSON.parse keeps the last of two
 * equal keys silently; fewer keys in the parsed value than in the text means a duplicate.
 */
export function scanJson(text: string, maxDepth: number): { tooDeepAt?: number; keyCount: number } {
  let depth = 0;
  let keyCount = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return { tooDeepAt: at, keyCount };
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
    } else if (c === 0x22) {
      at = stringEnd(text, at) - 1; // the closing quote
      if (text[skipSpace(text, at + 1)] === ":") keyCount += 1;
    }
  }
  return { keyCount };
}

/** Keys of every object in a parsed JSON value (own keys, so `__proto__` counts like any other). */
export function countKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else {
      const keys = Object.keys(current);
      count += keys.length;
      for (const key of keys) stack.push((current as Record<string, unknown>)[key]);
    }
  }
  return count;
}
