import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from "yaml";
import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/index.js";
import { isRecord, joinPointer } from "../util/json-pointer.js";
import { setOwn } from "../util/set-own.js";
import { duplicateKeyOffsets } from "./json-duplicate-keys.js";
import { jsonOffsets } from "./json-offsets.js";
import { countKeys, jsonLineCounter, scanJson } from "./json-scan.js";
import { formatBytes, LIMITS } from "./limits.js";
import { readSpecBytes } from "./read-file.js";
import { loadYamlFast } from "./yaml-fast.js";

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
  offsets: { get(pointer: string): readonly [number, number] | undefined };
  lineCounter: LineCounter;
}

export function locateInFile(
  parsed: ParsedFile,
  pointer: string,
  prefer: "value" | "key" = "value",
): SourceLocation | undefined {
  const positions = parsed.positions();
  const offsets = positions.offsets.get(pointer);
  if (!offsets) return undefined;
  const offset = prefer === "key" ? offsets[1] : offsets[0];
  return offsetToLocation({ file: parsed.file, lineCounter: positions.lineCounter }, offset);
}

function offsetToLocation(
  at: { file: string; lineCounter: LineCounter },
  offset: number,
): SourceLocation {
  const { line, col } = at.lineCounter.linePos(offset);
  return { file: at.file, line, column: col };
}

export async function readSpecFile(
  file: string,
): Promise<{ parsed?: ParsedFile; diagnostics: Diagnostic[] }> {
  const read = readSpecBytes(file);
  return "diagnostic" in read
    ? { diagnostics: [read.diagnostic] }
    : parseSpecText(file, read.bytes);
}

export function parseSpecText(
  file: string,
  bytes: Uint8Array,
): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const start: SourceLocation = { file, line: 1, column: 1 };
  if (bytes.length > LIMITS.maxFileBytes) {
    return {
      diagnostics: [
        diagnostic(
          "PG161",
          `the file is ${formatBytes(bytes.length)}; spec files may be at most ${formatBytes(LIMITS.maxFileBytes)}`,
          start,
        ),
      ],
    };
  }
  if (bytes.includes(0))
    return {
      diagnostics: [diagnostic("PG104", "file contains NUL bytes: not a text file", start)],
    };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { diagnostics: [diagnostic("PG104", "file is not valid UTF-8", start)] };
  }
  if (text.trim() === "") return { diagnostics: [diagnostic("PG103", "file is empty", start)] };
  if (/\.json$/i.test(file)) {
    const fast = parseJsonFast(file, text);
    if (fast) return fast;
  } else {
    const value = loadYamlFast(text);
    if (isRecord(value)) {
      let positions: Positions | undefined;
      const parsed = { file, text, value, positions: () => (positions ??= yamlPositions(text)) };
      return { parsed, diagnostics: [] };
    }
  }
  return parseYaml(file, text, start);
}

/** Positions of a document loadYamlFast read, from `yaml`'s tree (which reads it the same way). */
function yamlPositions(text: string): Positions {
  return (
    parseYaml("", text, { file: "", line: 1, column: 1 }).positions ?? {
      offsets: new Map(),
      lineCounter: new LineCounter(),
    }
  );
}

/**
 * Large specs are JSON: JSON.parse is ~50× faster than a YAML AST; positions wait until a diagnostic
 * needs one. One extra pass over the text bounds the nesting and finds duplicate keys, which
 * JSON.parse would resolve silently.
 */
function parseJsonFast(
  file: string,
  text: string,
): { parsed?: ParsedFile; diagnostics: Diagnostic[] } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // let the YAML parser report where it is broken
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const scan = scanJson(text, LIMITS.maxDepth);
  if (scan.tooDeepAt !== undefined) {
    const lineCounter = jsonLineCounter(text);
    return { diagnostics: [tooDeep(offsetToLocation({ file, lineCounter }, scan.tooDeepAt))] };
  }
  if (scan.keyCount !== countKeys(value)) {
    const lineCounter = jsonLineCounter(text);
    const duplicates = duplicateKeyOffsets(text).map((offset) =>
      diagnostic(
        "PG106",
        "Map keys must be unique",
        offsetToLocation({ file, lineCounter }, offset),
      ),
    );
    if (duplicates.length > 0) return { diagnostics: duplicates };
  }
  let positions: Positions | undefined;
  return {
    parsed: { file, text, value, positions: () => (positions ??= jsonOffsets(text)) },
    diagnostics: [],
  };
}

function tooDeep(location: SourceLocation | undefined): Diagnostic {
  return diagnostic("PG163", `nesting deeper than ${LIMITS.maxDepth} levels`, location);
}

export function parseYaml(
  file: string,
  text: string,
  start: SourceLocation,
): { parsed?: ParsedFile; positions?: Positions; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const errors = document.errors.map((error) => {
    const location = offsetToLocation({ file, lineCounter }, error.pos[0]);
    if (error.code === "TAB_AS_INDENT")
      return diagnostic("PG102", "tab character used for indentation", location);
    if (error.code === "DUPLICATE_KEY")
      return diagnostic("PG106", firstLine(error.message), location);
    // The yaml parser stops where its own recursion would overflow the stack.
    if (error.code === "RESOURCE_EXHAUSTION") return tooDeep(location);
    return diagnostic("PG101", firstLine(error.message), location);
  });
  if (errors.length > 0) return { diagnostics: errors };

  const offsets = new Map<string, readonly [number, number]>();
  let value: unknown;
  try {
    value = toPlain(
      { document, offsets, aliasNodes: 0, expanding: new Set() },
      document.contents,
      "",
      0,
      1,
    );
  } catch (error) {
    if (error instanceof LimitReached)
      return {
        diagnostics: [
          { ...error.diagnostic, location: offsetToLocation({ file, lineCounter }, error.offset) },
        ],
      };
    throw error;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { diagnostics: [diagnostic("PG105", "the document root is not a mapping", start)] };
  }
  const positions: Positions = { offsets, lineCounter };
  return { parsed: { file, text, value, positions: () => positions }, positions, diagnostics: [] };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** A limit hit while building the plain value; reported at `offset`. */
class LimitReached extends Error {
  constructor(
    readonly diagnostic: Diagnostic,
    readonly offset: number,
  ) {
    super(diagnostic.message);
  }
}

interface PlainContext {
  document: Document;
  offsets: Map<string, readonly [number, number]>;
  /** Nodes produced so far by expanding aliases. */
  aliasNodes: number;
  /** Alias targets being expanded right now: meeting one again is a recursive alias. */
  expanding: Set<Node>;
}

function toPlain(
  context: PlainContext,
  node: Node | null | undefined,
  pointer: string,
  keyOffset: number,
  depth: number,
): unknown {
  const { document, offsets } = context;
  if (node === null || node === undefined) {
    offsets.set(pointer, [keyOffset, keyOffset]);
    return null;
  }
  const valueOffset = node.range?.[0] ?? keyOffset;
  if (depth > LIMITS.maxDepth) throw new LimitReached(tooDeep(undefined), valueOffset);
  if (context.expanding.size > 0 && ++context.aliasNodes > LIMITS.maxAliasNodes) {
    throw new LimitReached(
      diagnostic(
        "PG162",
        `aliases expand to more than ${LIMITS.maxAliasNodes.toLocaleString("en")} nodes`,
        undefined,
      ),
      valueOffset,
    );
  }
  offsets.set(pointer, [valueOffset, pointer === "" ? valueOffset : keyOffset]);
  if (isAlias(node)) {
    const target = node.resolve(document) as Node | undefined;
    if (target && context.expanding.has(target)) {
      throw new LimitReached(
        diagnostic("PG162", `alias *${node.source} refers to a node that contains it`, undefined),
        valueOffset,
      );
    }
    if (target) context.expanding.add(target);
    const value = toPlain(context, target, pointer, keyOffset, depth);
    if (target) context.expanding.delete(target);
    return value;
  }
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    return node.items.map((item, index) => {
      const itemNode = item as Node | null;
      return toPlain(
        context,
        itemNode,
        joinPointer(pointer, index),
        itemNode?.range?.[0] ?? valueOffset,
        depth + 1,
      );
    });
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = String(isScalar(keyNode) ? keyNode.value : keyNode);
      const childKeyOffset = keyNode?.range?.[0] ?? valueOffset;
      const child = toPlain(
        context,
        pair.value as Node | null,
        joinPointer(pointer, key),
        childKeyOffset,
        depth + 1,
      );
      setOwn(out, key, child);
    }
    return out;
  }
  return null;
}
