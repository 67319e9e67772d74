import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseHeaderRemoved = responsesRule({
  id: "response-header-removed",
  level: "warning",
  description: "A response header is no longer sent: code reading it gets nothing.",
  twin: "response-header-added",
  oasdiff: {
    rules: [
      ["required-response-header-removed", "ERR"],
      ["optional-response-header-removed", "WARN"],
    ],
    reason:
      "paygen does not split required and optional headers here: either way the generated client reads headers from the Response, so nothing stops compiling, and code reading it gets null.",
  },
  check: ({ base, revision }) => responsePartsOnlyIn(base, revision, "header", "base"),
});
