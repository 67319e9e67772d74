import { typeChangeRule } from "../builders/index.js";

export const requestPropertyTypeChanged = typeChangeRule({
  id: "request-property-type-changed",
  level: "breaking",
  scope: "request-body",
  change: "incompatible",
  description: "A request property's type no longer accepts every value it accepted before.",
  twin: "request-property-type-widened",
  oasdiff: { rules: [["request-property-type-changed", "ERR"]] },
});
