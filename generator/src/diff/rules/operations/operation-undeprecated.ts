import { operationFinding } from "../builders/index.js";
import type { Rule } from "../rule.js";

export const operationUndeprecated: Rule = {
  id: "operation-undeprecated",
  level: "info",
  direction: "request",
  description: "A deprecated operation is no longer deprecated.",
  twin: "operation-deprecated",
  oasdiff: { rules: [["endpoint-reactivated", "INFO"]] },
  check: (ctx) =>
    ctx.pairs
      .filter(({ base, revision }) => base.deprecated && !revision.deprecated)
      .map(({ revision }) => operationFinding(revision, "revision", "no longer deprecated", false)),
};
