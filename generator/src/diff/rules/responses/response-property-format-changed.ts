import { formatRule } from "../builders/index.js";
import { FORMAT } from "../oasdiff-reasons.js";

export const responsePropertyFormatChanged = formatRule({
  id: "response-property-format-changed",
  level: "warning",
  scope: "response-body",
  description:
    "A response property's format was added, removed or changed: parsers of the value may need to change.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: { rules: [["response-property-type-changed", "ERR"]], reason: FORMAT },
});
