import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseNonSuccessStatusAdded = responsesRule({
  id: "response-non-success-status-added",
  level: "info",
  description: "An operation documents a further error status.",
  twin: "response-non-success-status-removed",
  oasdiff: { rules: [["response-non-success-status-added", "INFO"]] },
  check: ({ base, revision }) => responsePartsOnlyIn(revision, base, "error status", "revision"),
});
