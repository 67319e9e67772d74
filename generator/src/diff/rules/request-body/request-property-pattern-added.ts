import { patternRule } from "../builders/index.js";

export const requestPropertyPatternAdded = patternRule({
  id: "request-property-pattern-added",
  level: "warning",
  scope: "request-body",
  change: "added",
  description: "A request property must now match a pattern.",
  twin: "request-property-pattern-removed",
});
