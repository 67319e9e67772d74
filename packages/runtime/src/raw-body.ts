/** A body sent as it is (octet-stream, PDFs, images, text): bytes, Blobs and strings pass through. */
export function rawBody(body: unknown): BodyInit {
  return body as BodyInit;
}
