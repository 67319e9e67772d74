import { parameterRule } from "../builders/index.js";

export const requestParameterRemoved = parameterRule({
  id: "request-parameter-removed",
  level: "warning",
  description:
    "A parameter is gone: the server ignores or rejects it, and the generated types no longer accept it.",
  twin: "request-parameter-added-optional",
  oasdiff: { rules: [["request-parameter-removed", "WARN"]] },
  detect: ({ base, revision }) =>
    base && !revision ? { detail: "removed", side: "base" } : undefined,
});
