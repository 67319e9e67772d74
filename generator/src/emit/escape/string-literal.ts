/**
 * A TypeScript string literal for any text. JSON.stringify quotes and escapes control characters;
 * U+2028/U+2029 are escaped too, so the literal stays on one line for every tool that reads it.
 */
export function tsString(text: string): string {
  return escapeLineSeparators(JSON.stringify(text));
}

/** JSON text is valid JavaScript except that U+2028/2029 are line breaks to older parsers. */
export function escapeLineSeparators(json: string): string {
  return json.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
