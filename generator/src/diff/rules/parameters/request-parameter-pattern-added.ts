import { patternRule } from "../builders/index.js";
import { PATTERN } from "../oasdiff-reasons.js";

export const requestParameterPatternAdded = patternRule({
  id: "request-parameter-pattern-added",
  level: "warning",
  scope: "parameter",
  change: "added",
  description: "A parameter must now match a pattern: values that do not match are rejected.",
  twin: "request-parameter-pattern-removed",
  oasdiff: { rules: [["request-parameter-pattern-added", "ERR"]], reason: PATTERN },
});
