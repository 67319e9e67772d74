/**
 * Characters spec text may hold that never reach generated files raw: C0 and C1 controls (tab, line
 * feed and carriage return aside, which each context handles), DEL, the line and paragraph separators,
 * the bidirectional formatting characters that make code read differently from how it runs ("Trojan
 * Source"), and the byte-order mark.
 */
const UNSEEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Writes every unseen character as its `\uXXXX` escape (lower-case hex, as JSON.stringify writes
 * control characters). The result means the same character inside a string literal of JavaScript or
 * JSON, and shows it visibly in a comment or in markdown, so one rule serves every context.
 */
export function escapeUnseen(text: string): string {
  return text.replace(UNSEEN, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Whether `text` holds a character `escapeUnseen` would rewrite. */
export function hasUnseen(text: string): boolean {
  UNSEEN.lastIndex = 0;
  return UNSEEN.test(text);
}
