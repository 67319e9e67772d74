import { operationFinding } from "../builders/index.js";
import { DEPRECATION } from "../oasdiff-reasons.js";
import type { Rule } from "../rule.js";

export const operationDeprecated: Rule = {
  id: "operation-deprecated",
  level: "warning",
  direction: "request",
  description:
    "An operation is deprecated: it still works, but callers should plan to move off it.",
  twin: "operation-undeprecated",
  oasdiff: { rules: [["endpoint-deprecated", "INFO"]], reason: DEPRECATION },
  check: (ctx) =>
    ctx.pairs
      .filter(({ base, revision }) => !base.deprecated && revision.deprecated)
      .map(({ revision }) => operationFinding(revision, "revision", "deprecated", false)),
};
