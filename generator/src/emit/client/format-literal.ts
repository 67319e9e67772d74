import { ModuleBinding, tsString } from "../escape/index.js";
import { displayWidth as width } from "../display-width.js";
import { PRINT_WIDTH } from "../format.js";

/**
 * JSON data as prettier prints it in a TypeScript file, for the data whose layout is fixed: strings
 * of ASCII and East Asian wide characters without quotes or backslashes, integers, booleans, null, arrays and objects. A group is
 * printed flat when it fits on its line (with what follows it up to the next line break) and no part
 * of it must break; otherwise one entry per line with trailing commas. Prettier always breaks an
 * array of two or more objects (or arrays) that each hold more than one entry.
 */

interface Doc {
  /** A leaf's text (a name, a literal); a group's flat text is built from its entries when printed. */
  leaf?: string;
  /** Columns of the flat text, counted bottom-up so that large groups are never built flat. */
  width: number;
  /** Must break wherever it is. */
  forced: boolean;
  entries?: Array<{ key?: string; doc: Doc }>;
  brackets?: "{}" | "[]";
  /** Integers only: prettier fills such an array instead of breaking it entry by entry. */
  numbers?: boolean;
  /** A string: too long for its line, it moves below a key of five columns or more. */
  text?: boolean;
}

/**
 * The lines of `value` printed after `prefix` (the start of its first line, indentation included) and
 * followed by `suffix` on its last line; undefined when prettier might lay it out otherwise.
 */
export function literalLines(value: unknown, prefix: string, suffix: string): string[] | undefined {
  const doc = build(value);
  return doc && checked(layout(doc, indentOf(prefix), prefix, suffix));
}

/** An object literal of names (`{ path: { id: id }, body }`): a key alone is shorthand. */
export type NamesObject = ReadonlyArray<readonly [key: string, value?: string | NamesObject]>;

/** `literalLines` for an object literal whose values are names rather than data. */
export function namesObjectLines(
  value: NamesObject,
  prefix: string,
  suffix: string,
): string[] | undefined {
  return checked(layout(namesDoc(value), indentOf(prefix), prefix, suffix));
}

/** The lines, unless one is still too long and not a string that cannot break (prettier leaves those). */
function checked(lines: string[] | undefined): string[] | undefined {
  return lines?.every((line) => fits(line) || /^\s*("[^"]*"|[\w$]+: "[^"]*"),?$/.test(line))
    ? lines
    : undefined;
}

function namesDoc(value: string | NamesObject): Doc {
  if (typeof value === "string") return leaf(value);
  const entries = value.map(([key, inner]) =>
    inner === undefined ? { doc: namesDoc(key) } : { key, doc: namesDoc(inner) },
  );
  return group(entries, "{}", false);
}

/** A leaf of printable ASCII (names, numbers, keywords). */
function leaf(text: string): Doc {
  return { leaf: text, width: text.length, forced: false };
}

/** An object (`{ a: 1, b }`) or array (`[1, 2]`) of entries. */
function group(
  entries: Array<{ key?: string; doc: Doc }>,
  brackets: "{}" | "[]",
  forced: boolean,
): Doc {
  let width = brackets === "{}" && entries.length > 0 ? 4 : 2;
  for (const { key, doc } of entries) width += doc.width + (key === undefined ? 0 : key.length + 2);
  width += Math.max(0, entries.length - 1) * 2;
  return { width, forced, entries, brackets };
}

/** The doc on one line. */
function flat(doc: Doc): string {
  if (doc.leaf !== undefined) return doc.leaf;
  const parts = doc.entries!.map(({ key, doc: entry }) =>
    key === undefined ? flat(entry) : `${key}: ${flat(entry)}`,
  );
  if (doc.brackets === "[]") return `[${parts.join(", ")}]`;
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function build(value: unknown): Doc | undefined {
  if (value instanceof ModuleBinding) return leaf(value.name);
  if (value === null || typeof value === "boolean") return leaf(String(value));
  if (typeof value === "number")
    return Number.isSafeInteger(value) ? leaf(String(value)) : undefined;
  if (typeof value === "string") {
    // Written as tsString writes it; prettier keeps double quotes and the escapes JSON uses.
    const literal = tsString(value);
    const columns = width(literal);
    return columns !== undefined && !value.includes('"')
      ? { leaf: literal, width: columns, forced: false, text: true }
      : undefined;
  }
  if (Array.isArray(value)) {
    const docs = value.map(build);
    if (docs.some((doc) => doc === undefined)) return undefined;
    const entries = (docs as Doc[]).map((doc) => ({ doc }));
    const several = (brackets: "{}" | "[]"): boolean =>
      entries.every(({ doc }) => doc.brackets === brackets && doc.entries!.length > 1);
    const forced =
      (entries.length > 1 && (several("{}") || several("[]"))) ||
      entries.some(({ doc }) => doc.forced);
    return {
      ...group(entries, "[]", forced),
      numbers: entries.length > 0 && value.every((item) => typeof item === "number"),
    };
  }
  if (typeof value === "object") {
    const entries: Array<{ key: string; doc: Doc }> = [];
    // Left out, as jsLiteral leaves them out.
    const keys = Object.keys(value).filter(
      (key) => (value as Record<string, unknown>)[key] !== undefined,
    );
    // JSON.parse puts integer-like keys first: their written order is unknown.
    if (keys.length > 1 && keys.some((key) => /^\d+$/.test(key))) return undefined;
    for (const key of keys) {
      const doc = build((value as Record<string, unknown>)[key]);
      const printed = propertyKey(key);
      if (!doc || printed === undefined) return undefined;
      entries.push({ key: printed, doc });
    }
    return group(
      entries,
      "{}",
      entries.some(({ doc }) => doc.forced),
    );
  }
  return undefined;
}

/** Prettier's `quoteProps: "as-needed"`: identifier names unquoted, each key on its own. */
function propertyKey(key: string): string | undefined {
  if (key === "__proto__" || !/^[\x20-\x7e]+$/.test(key) || /["'\\]/.test(key)) return undefined;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `"${key}"`;
}

function fits(line: string): boolean {
  return (width(line) ?? Number.POSITIVE_INFINITY) <= PRINT_WIDTH;
}

/** Whether `prefix`, `columns` columns, then `suffix` fit on one line. */
function fitsAround(prefix: string, columns: number, suffix: string): boolean {
  const around = width(prefix + suffix);
  return around !== undefined && around + columns <= PRINT_WIDTH;
}

function layout(
  doc: Doc,
  indent: number,
  prefix: string,
  suffix: string,
  key?: string,
): string[] | undefined {
  if (!doc.forced && fitsAround(prefix, doc.width, suffix))
    return [`${prefix}${flat(doc)}${suffix}`];
  if (doc.text && key !== undefined) {
    // Prettier's assignment layouts: a string stays beside a short key, else moves to its own line.
    const moved = [prefix.trimEnd(), `${" ".repeat(indent + 2)}${doc.leaf!}${suffix}`];
    return (width(key) ?? 0) < 5 ? [`${prefix}${doc.leaf!}${suffix}`] : moved;
  }
  if (!doc.entries || doc.entries.length === 0 || doc.numbers) return undefined;
  const [open, close] = doc.brackets!;
  const lines = [`${prefix}${open}`];
  const inner = " ".repeat(indent + 2);
  for (const entry of doc.entries) {
    const entryLines = layout(
      entry.doc,
      indent + 2,
      `${inner}${entry.key === undefined ? "" : `${entry.key}: `}`,
      ",",
      entry.key,
    );
    if (!entryLines) return undefined;
    lines.push(...entryLines);
  }
  lines.push(`${" ".repeat(indent)}${close!}${suffix}`);
  return lines;
}
