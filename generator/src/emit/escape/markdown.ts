import { escapeUnseen } from "./unseen.js";

/**
 * Characters that open markup inside a line: emphasis, code, links, HTML tags, entities, table
 * cells, strikethrough. (Block markup such as `#` or `-` only counts at the start of a line, and spec
 * text never starts one.)
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~]/g;
const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Spec text shown literally in running markdown (also in a table cell): markup characters are
 * backslash-escaped, never turned into HTML entities, and line breaks become spaces.
 */
export function markdownText(text: string): string {
  return escapeUnseen(text.replace(LINE_TERMINATORS, " ").replace(INLINE_MARKUP, "\\$&"));
}

/**
 * A code span holding the text literally: its fence is the shortest backtick run the text does not
 * hold (so nothing inside closes it), which is also the fence prettier prints.
 */
export function markdownCode(text: string): string {
  const oneLine = escapeUnseen(text.replace(LINE_TERMINATORS, " "));
  const runs = new Set((oneLine.match(/`+/g) ?? []).map((run) => run.length));
  let length = 1;
  while (runs.has(length)) length++;
  const fence = "`".repeat(length);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") || oneLine.trim() === "" ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A code span in a table cell: there a `|` ends the cell even inside the span (GFM), unless escaped. */
export function markdownTableCode(text: string): string {
  return markdownCode(text).replace(/\|/g, "\\|");
}

/** A fenced code block: the fence is longer than any backtick run in the code, so the code cannot close it. */
export function markdownCodeBlock(code: string, language: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

/** A relative link destination: percent-encoded, so spaces and parentheses cannot end it. */
export function markdownLinkTarget(target: string): string {
  return encodeURI(target).replace(
    /[()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
