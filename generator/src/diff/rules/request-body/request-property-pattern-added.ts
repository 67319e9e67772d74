import { patternRule } from "../builders/index.js";
import { PATTERN } from "../oasdiff-reasons.js";

export const requestPropertyPatternAdded = patternRule({
  id: "request-property-pattern-added",
  level: "warning",
  scope: "request-body",
  change: "added",
  description: "A request property must now match a pattern.",
  twin: "request-property-pattern-removed",
  oasdiff: { rules: [["request-property-pattern-added", "ERR"]], reason: PATTERN },
});
