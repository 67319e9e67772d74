import { operationFinding } from "../builders/index.js";
import type { Rule } from "../rule.js";

export const operationIdChanged: Rule = {
  id: "operation-id-changed",
  level: "warning",
  direction: "request",
  description:
    "An operation's operationId changed: the HTTP call is the same, but generated names derived from it (types, methods without x-paygen-method) change.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: {
    rules: [
      ["api-operation-id-removed", "INFO"],
      ["api-operation-id-added", "INFO"],
    ],
    reason:
      "The operationId names generated types and, without x-paygen-method, the method; oasdiff sees only an id removed and another added.",
  },
  check: (ctx) =>
    ctx.pairs
      .filter(
        ({ base, revision }) =>
          base.operationId !== undefined &&
          revision.operationId !== undefined &&
          base.operationId !== revision.operationId,
      )
      .map(({ base, revision }) =>
        operationFinding(
          revision,
          "revision",
          `operationId changed from ${base.operationId} to ${revision.operationId}`,
          true,
        ),
      ),
};
