import { patternRule } from "../builders/index.js";

export const requestParameterPatternChanged = patternRule({
  id: "request-parameter-pattern-changed",
  level: "warning",
  scope: "parameter",
  change: "changed",
  description:
    "A parameter must match a different pattern: values that matched the old one may be rejected.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: { rules: [["request-parameter-pattern-changed", "WARN"]] },
});
