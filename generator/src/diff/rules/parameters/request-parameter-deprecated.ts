import { parameterRule } from "../builders/index.js";
import { DEPRECATION } from "../oasdiff-reasons.js";

export const requestParameterDeprecated = parameterRule({
  id: "request-parameter-deprecated",
  level: "warning",
  description:
    "A parameter is deprecated: it still works, but callers should plan to stop sending it.",
  twin: "request-parameter-undeprecated",
  oasdiff: { rules: [["request-parameter-deprecated", "INFO"]], reason: DEPRECATION },
  detect: ({ base, revision }) =>
    base && revision && !base.deprecated && revision.deprecated
      ? { detail: "deprecated", typesChange: false }
      : undefined,
});
