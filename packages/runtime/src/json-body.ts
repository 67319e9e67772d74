let decoder: TextDecoder | undefined;

/** Bytes as UTF-8 text, a leading byte-order mark dropped; one decoder for the whole runtime. */
export function utf8Text(bytes: Uint8Array): string {
  decoder ??= new TextDecoder();
  return decoder.decode(bytes);
}

/**
 * A response body read as JSON the way openapi-fetch reads it: empty is `undefined`; anything else
 * must parse (a `SyntaxError` otherwise). UTF-8, a leading byte-order mark ignored.
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) return undefined;
  const text = utf8Text(bytes);
  return text === "" ? undefined : JSON.parse(text);
}
