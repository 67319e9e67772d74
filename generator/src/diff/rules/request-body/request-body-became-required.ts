import { bodyRule } from "../builders/index.js";

export const requestBodyBecameRequired = bodyRule({
  id: "request-body-became-required",
  level: "breaking",
  description: "A request body became required: calls without one now fail.",
  twin: "request-body-became-optional",
  detect: ({ base, revision }) =>
    base && revision && !base.required && revision.required
      ? { detail: "became required" }
      : undefined,
});
