import { parameterRule } from "../builders/index.js";

export const requestParameterBecameOptional = parameterRule({
  id: "request-parameter-became-optional",
  level: "info",
  description: "A parameter may now be omitted.",
  twin: "request-parameter-became-required",
  oasdiff: { rules: [["request-parameter-became-optional", "INFO"]] },
  detect: ({ base, revision }) =>
    base && revision && base.required && !revision.required
      ? { detail: "became optional" }
      : undefined,
});
