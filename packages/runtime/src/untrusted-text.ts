/** A character as its `\uXXXX` escape. */
function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Text from whoever sent a payload, quoted for an error message: cut to `max` characters, in JSON
 * quotes, everything outside printable ASCII escaped. The message stays short and on one line, and
 * carries no terminal escape or bidirectional override into a log.
 */
export function quoteUntrusted(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut).replace(/[^\x20-\x7e]/g, escaped);
}

/**
 * A server's own words (an error body's `message`, its error code) for a message: controls, line
 * separators and bidirectional overrides escaped, so it stays one line that a terminal or a log
 * viewer shows as it is; other text, Japanese included, stays readable.
 */
export function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    escaped,
  );
}
