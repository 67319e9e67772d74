import { bodyRule } from "../builders/index.js";
import { mediaTypesOnlyIn } from "./shared.js";

export const requestBodyMediaTypeRemoved = bodyRule({
  id: "request-body-media-type-removed",
  level: "breaking",
  description: "A request body media type is no longer accepted: clients sending it fail.",
  twin: "request-body-media-type-added",
  oasdiff: { rules: [["request-body-media-type-removed", "ERR"]] },
  detect({ base, revision }) {
    const removed = mediaTypesOnlyIn(base, revision);
    if (removed.length === 0) return undefined;
    return {
      detail: `media type ${removed.join(", ")} removed`,
      side: "base",
      pointer: base!.content.get(removed[0]!.toLowerCase())!.pointer,
    };
  },
});
