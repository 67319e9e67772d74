import { formatRule } from "../builders/index.js";
import { FORMAT } from "../oasdiff-reasons.js";

export const requestParameterFormatChanged = formatRule({
  id: "request-parameter-format-changed",
  level: "warning",
  scope: "parameter",
  description:
    "A parameter's format was added, removed or changed: the server may validate values differently.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: { rules: [["request-parameter-type-changed", "ERR"]], reason: FORMAT },
});
