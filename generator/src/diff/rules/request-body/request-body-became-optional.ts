import { bodyRule } from "../builders/index.js";

export const requestBodyBecameOptional = bodyRule({
  id: "request-body-became-optional",
  level: "info",
  description: "A request body may now be omitted.",
  twin: "request-body-became-required",
  oasdiff: { rules: [["request-body-became-optional", "INFO"]] },
  detect: ({ base, revision }) =>
    base && revision && base.required && !revision.required
      ? { detail: "became optional" }
      : undefined,
});
