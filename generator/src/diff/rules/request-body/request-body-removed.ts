import { bodyRule } from "../builders/index.js";

export const requestBodyRemoved = bodyRule({
  id: "request-body-removed",
  level: "warning",
  description:
    "An operation no longer takes a body: what clients send is ignored or rejected, and the generated method no longer accepts it.",
  twin: "request-body-added-optional",
  detect: ({ base, revision }) =>
    base && !revision ? { detail: "removed", side: "base" } : undefined,
});
