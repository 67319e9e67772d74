import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseMediaTypeAdded = responsesRule({
  id: "response-media-type-added",
  level: "info",
  description: "A response may come in a further media type.",
  twin: "response-media-type-removed",
  oasdiff: { rules: [["response-media-type-added", "INFO"]] },
  check: ({ base, revision }) => responsePartsOnlyIn(revision, base, "media type", "revision"),
});
