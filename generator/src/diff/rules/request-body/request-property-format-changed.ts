import { formatRule } from "../builders/index.js";
import { FORMAT } from "../oasdiff-reasons.js";

export const requestPropertyFormatChanged = formatRule({
  id: "request-property-format-changed",
  level: "warning",
  scope: "request-body",
  description:
    "A request property's format was added, removed or changed: the server may validate values differently.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: { rules: [["request-property-type-changed", "ERR"]], reason: FORMAT },
});
