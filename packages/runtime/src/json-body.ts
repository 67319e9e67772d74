let decoder: TextDecoder | undefined;

/**
 * A response body read as JSON the way openapi-fetch reads it: empty is `undefined`; anything else
 * must parse (a `SyntaxError` otherwise). UTF-8, a leading byte-order mark ignored.
 */
export function parseJsonBody(bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) return undefined;
  decoder ??= new TextDecoder();
  const text = decoder.decode(bytes);
  return text === "" ? undefined : JSON.parse(text);
}
