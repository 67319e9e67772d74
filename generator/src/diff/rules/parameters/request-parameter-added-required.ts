import { parameterRule } from "../builders/index.js";

export const requestParameterAddedRequired = parameterRule({
  id: "request-parameter-added-required",
  level: "breaking",
  description: "An operation gains a required parameter: every existing call lacks it and fails.",
  waiver:
    "the reverse change is reported by request-parameter-removed, whose twin is request-parameter-added-optional",
  oasdiff: { rules: [["new-required-request-parameter", "ERR"]] },
  detect: ({ base, revision }) =>
    !base && revision?.required ? { detail: "added as required" } : undefined,
});
