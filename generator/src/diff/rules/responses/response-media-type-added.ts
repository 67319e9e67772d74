import { responsesRule } from "./shared.js";

export const responseMediaTypeAdded = responsesRule({
  id: "response-media-type-added",
  level: "info",
  description: "A response may come in a further media type.",
  twin: "response-media-type-removed",
  check({ base, revision }) {
    const [from, to] = [revision, base];
    return [...from.responses.values()].flatMap((response) => {
      const other = to.responses.get(response.status);
      if (!other) return [];
      return [...response.content.entries()]
        .filter(([key]) => !other.content.has(key))
        .map(([, media]) => ({ message: `response ${response.status} media type ${media.mediaType} added`, side: "revision" as const, pointer: media.pointer, typesChange: true }));
    });
  },
});
