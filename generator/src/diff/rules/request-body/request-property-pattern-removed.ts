import { patternRule } from "../builders/index.js";

export const requestPropertyPatternRemoved = patternRule({
  id: "request-property-pattern-removed",
  level: "info",
  scope: "request-body",
  change: "removed",
  description: "A request property no longer has to match a pattern.",
  twin: "request-property-pattern-added",
  oasdiff: { rules: [["request-property-pattern-removed", "INFO"]] },
});
