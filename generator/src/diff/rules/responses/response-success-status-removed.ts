import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseSuccessStatusRemoved = responsesRule({
  id: "response-success-status-removed",
  level: "breaking",
  description:
    "A success status is no longer returned: code handling it never runs, and its generated result type changes.",
  twin: "response-success-status-added",
  oasdiff: { rules: [["response-success-status-removed", "ERR"]] },
  check: ({ base, revision }) => responsePartsOnlyIn(base, revision, "success status", "base"),
});
