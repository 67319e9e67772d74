import { parameterRule } from "../builders/index.js";

export const requestParameterBecameRequired = parameterRule({
  id: "request-parameter-became-required",
  level: "breaking",
  description: "A parameter became required: calls that omit it now fail.",
  twin: "request-parameter-became-optional",
  oasdiff: { rules: [["request-parameter-became-required", "ERR"]] },
  detect: ({ base, revision }) =>
    base && revision && !base.required && revision.required
      ? { detail: "became required" }
      : undefined,
});
