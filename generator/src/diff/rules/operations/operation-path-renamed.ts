import { operationFinding } from "../builders/index.js";
import { operationKey } from "../../normalize/spec.js";
import type { Rule } from "../rule.js";

export const operationPathRenamed: Rule = {
  id: "operation-path-renamed",
  level: "warning",
  direction: "request",
  description:
    "An operation moved to a new path (matched by its operationId): generated clients follow, hand-written calls to the old URL break.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: {
    rules: [
      ["api-path-removed-without-deprecation", "ERR"],
      ["endpoint-added", "INFO"],
    ],
    reason:
      "oasdiff sees an operation removed (ERR) and one added; paygen pairs them by operationId and reports one move: the client method stays, the URL it calls changes.",
  },
  check: (ctx) =>
    ctx.pairs
      .filter(
        ({ base, revision }) =>
          operationKey(base.method, base.path) !== operationKey(revision.method, revision.path),
      )
      .map(({ base, revision }) =>
        operationFinding(
          revision,
          "revision",
          `path renamed from ${base.path} to ${revision.path}`,
          false,
        ),
      ),
};
