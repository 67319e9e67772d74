/**
 * How a body of a media type travels: JSON (`application/json`, `…+json`), a form or multipart
 * object, text (`text/*`, XML), bytes (everything else: octet-stream, images, PDFs, `*\/*`), or
 * nothing at all. The runtime's serializers make the same split (`isRawMediaType`).
 */
export type BodyKind = "json" | "form" | "multipart" | "text" | "binary" | "none";

/** What a response body becomes for the caller: parsed JSON, a string, a `Blob`, or `undefined`. */
export type ResponseKind = "json" | "text" | "binary" | "none";

export function bodyKindOf(mediaType: string | undefined): BodyKind {
  if (mediaType === undefined) return "none";
  const essence = mediaType.split(";")[0]!.trim().toLowerCase();
  if (/^application\/(?:[\w.-]+\+)?json$/.test(essence) || essence.endsWith("/json")) return "json";
  if (essence === "application/x-www-form-urlencoded") return "form";
  if (essence.startsWith("multipart/")) return "multipart";
  if (essence.startsWith("text/") || /^application\/(?:[\w.-]+\+)?xml$/.test(essence))
    return "text";
  return "binary";
}

export function responseKindOf(mediaType: string | undefined): ResponseKind {
  const kind = bodyKindOf(mediaType);
  return kind === "form" ? "text" : kind === "multipart" ? "binary" : kind;
}
