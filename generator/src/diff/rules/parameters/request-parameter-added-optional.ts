import { parameterRule } from "../builders/index.js";

export const requestParameterAddedOptional = parameterRule({
  id: "request-parameter-added-optional",
  level: "info",
  description: "An operation gains an optional parameter; existing calls are unaffected.",
  twin: "request-parameter-removed",
  oasdiff: { rules: [["new-optional-request-parameter", "INFO"]] },
  detect: ({ base, revision }) =>
    !base && revision && !revision.required ? { detail: "added as optional" } : undefined,
});
