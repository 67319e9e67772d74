import type { EncodedBody } from "./spec.js";

/** A body sent as it is (octet-stream, PDFs, images, text): bytes, Blobs and strings pass through. */
export function rawBody(body: unknown): EncodedBody {
  return body as EncodedBody;
}
