import { responsesRule } from "../builders/index.js";
import { responsePartsOnlyIn } from "./shared.js";

export const responseHeaderAdded = responsesRule({
  id: "response-header-added",
  level: "info",
  description: "A response carries a further header.",
  twin: "response-header-removed",
  oasdiff: { rules: [["response-header-added", "INFO"]] },
  check: ({ base, revision }) => responsePartsOnlyIn(revision, base, "header", "revision"),
});
