import { fitsPrintWidth } from "../format.js";
import { docLines } from "./declarations.js";

/**
 * What every layout of client.ts written without prettier relies on: when prettier leaves a line as it
 * is, the types it has no place to break, indentation and doc comments.
 */

/** `[200]`, `["content"]`: indexes prettier prints as they are, with nothing to break inside. */
export const INDEX = String.raw`(?:\["[^"]*"\]|\[(?:0|[1-9]\d*)\])`;

/** An indexed access: `operations["a"]["responses"][200]`. */
export const INDEXED = new RegExp(String.raw`^[A-Za-z_$][\w$]*${INDEX}+$`);

/** A name or an indexed access: types prettier has no place to break, however long. */
export const UNBREAKABLE = new RegExp(String.raw`^[A-Za-z_$][\w$]*${INDEX}*$`);

/**
 * Whether prettier leaves `line` as it is at `depth`: it fits (non-ASCII counted as two columns, never
 * less than prettier counts) and holds nothing prettier rewrites: other quotes, escapes, parentheses
 * it might drop, numbers it might respell, object literals whose keys it might unquote.
 */
export function isPrettierLine(line: string, depth: number): boolean {
  return fitsPrintWidth(line, depth * 2) && !PRETTIER_REWRITES.test(line);
}

export const PRETTIER_REWRITES = /['`\\\n]|\/[/*]|\(\(|(?<![\w$#])(?:\d*\.\d|\d+[eExXoObBn_.])/;

/**
 * Whether prettier counts `text` as this many columns as it has characters: printable ASCII only. A
 * layout that breaks because a line does not fit needs that; `fitsPrintWidth` may count more.
 */
export function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

export function indent(line: string, depth: number): string {
  return line === "" ? line : `${"  ".repeat(depth)}${line}`;
}

/**
 * Doc comments as prettier prints them: one-line comments as they are, others re-indented. Undefined
 * when a line ends in whitespace, which prettier trims in ways of its own.
 */
export function docs(texts: readonly string[] | undefined, depth: number): string[] | undefined {
  const lines = (texts ?? []).map(docLines);
  if (lines.some((comment) => comment.some((line) => line !== line.trimEnd()))) return undefined;
  return lines.map((comment) =>
    comment.map((line, i) => indent(i === 0 ? line : ` ${line.trimStart()}`, depth)).join("\n"),
  );
}
