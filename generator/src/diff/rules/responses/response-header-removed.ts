import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseHeaderRemoved = responsesRule({
  id: "response-header-removed",
  level: "warning",
  description: "A response header is no longer sent: code reading it gets nothing.",
  twin: "response-header-added",
  check: ({ base, revision }) => responsePartsOnlyIn(base, revision, "header", "base"),
});
