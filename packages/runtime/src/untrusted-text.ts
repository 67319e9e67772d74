/**
 * Text from whoever sent a payload, quoted for an error message: cut to `max` characters, in JSON
 * quotes, everything outside printable ASCII escaped. The message stays short and on one line, and
 * carries no terminal escape or bidirectional override into a log.
 */
export function quoteUntrusted(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
