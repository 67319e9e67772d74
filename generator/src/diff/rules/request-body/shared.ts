import type { RequestBody } from "../../normalize/spec.js";

/** Media types on one side only, listed for a message; undefined when there are none. */
export function mediaTypesOnlyIn(
  side: RequestBody | undefined,
  other: RequestBody | undefined,
): string[] {
  if (!side || !other) return [];
  return [...side.content.values()]
    .filter((media) => !other.content.has(media.mediaType.toLowerCase()))
    .map((media) => media.mediaType);
}
