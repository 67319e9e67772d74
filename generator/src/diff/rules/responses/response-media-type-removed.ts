import { responsesRule } from "./shared.js";

export const responseMediaTypeRemoved = responsesRule({
  id: "response-media-type-removed",
  level: "breaking",
  description: "A response media type is no longer returned: clients that parse it get something else.",
  twin: "response-media-type-added",
  check({ base, revision }) {
    const [from, to] = [base, revision];
    return [...from.responses.values()].flatMap((response) => {
      const other = to.responses.get(response.status);
      if (!other) return [];
      return [...response.content.entries()]
        .filter(([key]) => !other.content.has(key))
        .map(([, media]) => ({ message: `response ${response.status} media type ${media.mediaType} removed`, side: "base" as const, pointer: media.pointer, typesChange: true }));
    });
  },
});
