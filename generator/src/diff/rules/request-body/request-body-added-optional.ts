import { bodyRule } from "../builders/index.js";

export const requestBodyAddedOptional = bodyRule({
  id: "request-body-added-optional",
  level: "info",
  description: "An operation now accepts an optional body; existing calls are unaffected.",
  twin: "request-body-removed",
  oasdiff: { rules: [["request-body-added-optional", "INFO"]] },
  detect: ({ base, revision }) =>
    !base && revision && !revision.required ? { detail: "added as optional" } : undefined,
});
