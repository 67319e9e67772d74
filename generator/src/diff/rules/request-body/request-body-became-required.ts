import { bodyRule } from "../builders/index.js";

export const requestBodyBecameRequired = bodyRule({
  id: "request-body-became-required",
  level: "breaking",
  description: "A request body became required: calls without one now fail.",
  twin: "request-body-became-optional",
  oasdiff: { rules: [["request-body-became-required", "ERR"]] },
  detect: ({ base, revision }) =>
    base && revision && !base.required && revision.required
      ? { detail: "became required" }
      : undefined,
});
