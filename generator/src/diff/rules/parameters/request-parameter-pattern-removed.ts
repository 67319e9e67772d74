import { patternRule } from "../builders/index.js";

export const requestParameterPatternRemoved = patternRule({
  id: "request-parameter-pattern-removed",
  level: "info",
  scope: "parameter",
  change: "removed",
  description: "A parameter no longer has to match a pattern.",
  twin: "request-parameter-pattern-added",
  oasdiff: { rules: [["request-parameter-pattern-removed", "INFO"]] },
});
