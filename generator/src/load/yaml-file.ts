import { readFile } from "node:fs/promises";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/index.js";
import { joinPointer } from "../util/json-pointer.js";
import { jsonPositions } from "./json-positions.js";

/** One parsed YAML (or JSON) file: its plain value and where each node was written. */
export interface ParsedFile {
  file: string;
  text: string;
  value: unknown;
  /** Where each node was written: built on first use (JSON files are parsed without it). */
  positions(): Positions;
}

interface Positions {
  /** JSON pointer → [value offset, key offset (for mapping entries)]. */
  offsets: Map<string, readonly [number, number]>;
  lineCounter: LineCounter;
}

export function locateInFile(parsed: ParsedFile, pointer: string, prefer: "value" | "key" = "value"): SourceLocation | undefined {
  const positions = parsed.positions();
  const offsets = positions.offsets.get(pointer);
  if (!offsets) return undefined;
  const offset = prefer === "key" ? offsets[1] : offsets[0];
  return offsetToLocation({ file: parsed.file, lineCounter: positions.lineCounter }, offset);
}

function offsetToLocation(at: { file: string; lineCounter: LineCounter }, offset: number): SourceLocation {
  const { line, col } = at.lineCounter.linePos(offset);
  return { file: at.file, line, column: col };
}

export async function readSpecFile(file: string): Promise<{ parsed?: ParsedFile; diagnostics: Diagnostic[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { diagnostics: [diagnostic("PG100", `cannot read ${file}`, undefined)] };
  }
  return parseSpecText(file, bytes);
}

export function parseSpecText(file: string, bytes: Uint8Array): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const start: SourceLocation = { file, line: 1, column: 1 };
  if (bytes.includes(0)) return { diagnostics: [diagnostic("PG104", "file contains NUL bytes: not a text file", start)] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { diagnostics: [diagnostic("PG104", "file is not valid UTF-8", start)] };
  }
  if (text.trim() === "") return { diagnostics: [diagnostic("PG103", "file is empty", start)] };
  if (/\.json$/i.test(file)) {
    const fast = parseJsonFast(file, text);
    if (fast) return { parsed: fast, diagnostics: [] };
  }
  return parseYaml(file, text, start);
}

/** Large specs are JSON: JSON.parse is ~50× faster than a YAML AST; positions wait until a diagnostic needs one. */
function parseJsonFast(file: string, text: string): ParsedFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // let the YAML parser report where it is broken
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  let positions: Positions | undefined;
  return {
    file,
    text,
    value,
    positions: () => (positions ??= jsonPositions(text)),
  };
}

function parseYaml(file: string, text: string, start: SourceLocation): { parsed?: ParsedFile; positions?: Positions; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const errors = document.errors.map((error) => {
    const location = offsetToLocation({ file, lineCounter }, error.pos[0]);
    if (error.code === "TAB_AS_INDENT") return diagnostic("PG102", "tab character used for indentation", location);
    if (error.code === "DUPLICATE_KEY") return diagnostic("PG106", firstLine(error.message), location);
    return diagnostic("PG101", firstLine(error.message), location);
  });
  if (errors.length > 0) return { diagnostics: errors };

  const offsets = new Map<string, readonly [number, number]>();
  const value = toPlain(document, document.contents, "", offsets, 0);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { diagnostics: [diagnostic("PG105", "the document root is not a mapping", start)] };
  }
  const positions: Positions = { offsets, lineCounter };
  return { parsed: { file, text, value, positions: () => positions }, positions, diagnostics: [] };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

function toPlain(
  document: Document,
  node: Node | null | undefined,
  pointer: string,
  offsets: Map<string, readonly [number, number]>,
  keyOffset: number,
): unknown {
  if (node === null || node === undefined) {
    offsets.set(pointer, [keyOffset, keyOffset]);
    return null;
  }
  const valueOffset = node.range?.[0] ?? keyOffset;
  offsets.set(pointer, [valueOffset, pointer === "" ? valueOffset : keyOffset]);
  if (isAlias(node)) return toPlain(document, node.resolve(document) as Node | undefined, pointer, offsets, keyOffset);
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    return node.items.map((item, index) => {
      const itemNode = item as Node | null;
      return toPlain(document, itemNode, joinPointer(pointer, index), offsets, itemNode?.range?.[0] ?? valueOffset);
    });
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = String(isScalar(keyNode) ? keyNode.value : keyNode);
      const childKeyOffset = keyNode?.range?.[0] ?? valueOffset;
      const child = toPlain(document, pair.value as Node | null, joinPointer(pointer, key), offsets, childKeyOffset);
      Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return null;
}
