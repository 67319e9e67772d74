import { enumValueRule } from "../builders/index.js";

export const requestPropertyEnumValueRemoved = enumValueRule({
  id: "request-property-enum-value-removed",
  level: "breaking",
  scope: "request-body",
  change: "removed",
  description: "A request property no longer accepts an enum value that clients may be sending.",
  twin: "request-property-enum-value-added",
  oasdiff: { rules: [["request-property-enum-value-removed", "ERR"]] },
});
