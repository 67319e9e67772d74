import { escapeUnseen } from "./unseen.js";

/** Line terminators of ECMAScript: a `//` comment ends at any of them, not only at `\n`. */
const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Text for the inside of a `/** … *\/` comment. `*\/` cannot close it; every line break
 * becomes `\n` so the printer prefixes each line with ` * `. `@` tags stay as written.
 */
export function docText(text: string): string {
  return escapeUnseen(text.replace(LINE_TERMINATORS, "\n").replace(/\*\//g, "*\\/"));
}

/** JSDoc text from paragraphs: blank and missing paragraphs are dropped. */
export function docParagraphs(paragraphs: ReadonlyArray<string | undefined>): string {
  return docText(
    paragraphs.filter((p): p is string => p !== undefined && p.trim() !== "").join("\n\n"),
  );
}

/** Text for a `//` comment: one line, whatever it contained. */
export function lineCommentText(text: string): string {
  return escapeUnseen(text.replace(LINE_TERMINATORS, " "));
}

/** Text for an HTML comment (`<!-- … -->` in a README): it cannot end the comment early. */
export function htmlCommentText(text: string): string {
  return lineCommentText(text).replace(/--(!?)>/g, "- -$1>");
}
