import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseNonSuccessStatusRemoved = responsesRule({
  id: "response-non-success-status-removed",
  level: "warning",
  description:
    "An error status is no longer documented: error handling written for it may be dead code.",
  twin: "response-non-success-status-added",
  oasdiff: {
    rules: [["response-non-success-status-removed", "INFO"]],
    reason:
      "Error handling written for the status may now be dead code, worth a look: paygen warns where oasdiff informs.",
  },
  check: ({ base, revision }) => responsePartsOnlyIn(base, revision, "error status", "base"),
});
