import { enumValueRule } from "../builders/index.js";

export const responsePropertyEnumValueAdded = enumValueRule({
  id: "response-property-enum-value-added",
  level: "warning",
  scope: "response-body",
  change: "added",
  description:
    "A response property may carry a new enum value: exhaustive switches over it miss a case.",
  twin: "response-property-enum-value-removed",
  oasdiff: { rules: [["response-property-enum-value-added", "WARN"]] },
});
