import { bodyRule } from "../builders/index.js";
import { mediaTypesOnlyIn } from "./shared.js";

export const requestBodyMediaTypeAdded = bodyRule({
  id: "request-body-media-type-added",
  level: "info",
  description:
    "A request body can be sent in a further media type; the ones clients use still work.",
  twin: "request-body-media-type-removed",
  oasdiff: { rules: [["request-body-media-type-added", "INFO"]] },
  detect({ base, revision }) {
    const added = mediaTypesOnlyIn(revision, base);
    if (added.length === 0) return undefined;
    return {
      detail: `media type ${added.join(", ")} added`,
      pointer: revision!.content.get(added[0]!.toLowerCase())!.pointer,
    };
  },
});
