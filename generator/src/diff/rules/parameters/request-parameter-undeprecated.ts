import { parameterRule } from "../builders/index.js";

export const requestParameterUndeprecated = parameterRule({
  id: "request-parameter-undeprecated",
  level: "info",
  description: "A deprecated parameter is no longer deprecated.",
  twin: "request-parameter-deprecated",
  oasdiff: { rules: [["request-parameter-reactivated", "INFO"]] },
  detect: ({ base, revision }) =>
    base && revision && base.deprecated && !revision.deprecated
      ? { detail: "no longer deprecated", typesChange: false }
      : undefined,
});
