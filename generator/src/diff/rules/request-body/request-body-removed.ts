import { bodyRule } from "../builders/index.js";

export const requestBodyRemoved = bodyRule({
  id: "request-body-removed",
  level: "warning",
  description:
    "An operation no longer takes a body: what clients send is ignored or rejected, and the generated method no longer accepts it.",
  twin: "request-body-added-optional",
  oasdiff: {
    rules: [["request-body-removed", "ERR"]],
    reason:
      "Many servers ignore a body they do not expect, so calls keep working; the generated method drops its body argument, which the consumer check catches: paygen warns.",
  },
  detect: ({ base, revision }) =>
    base && !revision ? { detail: "removed", side: "base" } : undefined,
});
