import { escapeUnseen } from "./unseen.js";

/**
 * A TypeScript string literal for any text. JSON.stringify quotes and escapes control characters;
 * `escapeUnseen` escapes the rest of what should not be raw in source: U+2028/U+2029 (line breaks to
 * older parsers), C1 controls and bidirectional formatting characters.
 */
export function tsString(text: string): string {
  return escapeUnseen(JSON.stringify(text));
}
