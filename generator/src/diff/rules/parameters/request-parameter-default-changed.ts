import { defaultRule } from "../builders/index.js";

export const requestParameterDefaultChanged = defaultRule({
  id: "request-parameter-default-changed",
  level: "warning",
  scope: "parameter",
  description: "A parameter's default changed: requests that omit it now behave differently.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: {
    rules: [["request-parameter-default-value-changed", "ERR"]],
    reason:
      "No request that worked before is refused; only what the server assumes for an omitted parameter changes: paygen warns.",
  },
});
