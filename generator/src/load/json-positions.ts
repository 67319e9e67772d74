import { LineCounter } from "yaml";
import { joinPointer } from "../util/json-pointer.js";

/**
 * Where each value (and each key) of a valid JSON text starts, by JSON pointer: a single pass
 * over the text, ~30× faster than building a YAML AST for the same positions.
 */
export function jsonPositions(text: string): {
  offsets: Map<string, readonly [number, number]>;
  lineCounter: LineCounter;
  duplicateKeys: number[];
} {
  const offsets = new Map<string, readonly [number, number]>();
  /** Offsets of keys written a second time in the same object. */
  const duplicateKeys: number[] = [];
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    lineCounter.addNewLine(i + 1);

  let at = 0;
  const skipSpace = () => {
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      at += 1;
    }
  };
  const readString = (): string => {
    const start = at;
    at += 1;
    let escaped = false;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 0x5c) {
        escaped = true;
        at += 2;
        continue;
      }
      at += 1;
      if (c === 0x22) break;
    }
    const raw = text.slice(start, at);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const value = (pointer: string, keyOffset: number): void => {
    skipSpace();
    offsets.set(pointer, [at, pointer === "" ? at : keyOffset]);
    const c = text[at];
    if (c === "{") {
      at += 1;
      const keys = new Set<string>();
      for (;;) {
        skipSpace();
        if (text[at] === "}") break;
        const keyAt = at;
        const key = readString();
        if (keys.has(key)) duplicateKeys.push(keyAt);
        keys.add(key);
        skipSpace();
        at += 1; // ':'
        value(joinPointer(pointer, key), keyAt);
        skipSpace();
        if (text[at] === ",") at += 1;
        else break;
      }
      at += 1; // '}'
    } else if (c === "[") {
      at += 1;
      for (let index = 0; ; index += 1) {
        skipSpace();
        if (text[at] === "]") break;
        value(joinPointer(pointer, index), at);
        skipSpace();
        if (text[at] === ",") at += 1;
        else break;
      }
      at += 1; // ']'
    } else if (c === '"') {
      readString();
    } else {
      while (at < text.length && !",}] \n\r\t".includes(text[at]!)) at += 1;
    }
  };
  value("", 0);
  return { offsets, lineCounter, duplicateKeys };
}
