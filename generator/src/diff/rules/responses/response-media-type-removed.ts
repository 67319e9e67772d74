import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseMediaTypeRemoved = responsesRule({
  id: "response-media-type-removed",
  level: "breaking",
  description:
    "A response media type is no longer returned: clients that parse it get something else.",
  twin: "response-media-type-added",
  oasdiff: { rules: [["response-media-type-removed", "ERR"]] },
  check: ({ base, revision }) => responsePartsOnlyIn(base, revision, "media type", "base"),
});
