import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseSuccessStatusAdded = responsesRule({
  id: "response-success-status-added",
  level: "info",
  description: "An operation may answer with a further success status.",
  twin: "response-success-status-removed",
  oasdiff: { rules: [["response-success-status-added", "INFO"]] },
  check: ({ base, revision }) => responsePartsOnlyIn(revision, base, "success status", "revision"),
});
