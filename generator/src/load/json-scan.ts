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
      at += 1;
      while (at < text.length && text.charCodeAt(at) !== 0x22)
        at += text.charCodeAt(at) === 0x5c ? 2 : 1;
      let next = at + 1;
      while (next < text.length && /\s/.test(text[next]!)) next += 1;
      if (text[next] === ":") keyCount += 1;
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
