import { propertyAddedRule } from "../builders/index.js";

export const requestPropertyAddedOptional = propertyAddedRule({
  id: "request-property-added-optional",
  level: "info",
  scope: "request-body",
  required: false,
  description: "A request body gains an optional property; existing requests are unaffected.",
  twin: "request-property-removed",
  oasdiff: { rules: [["new-optional-request-property", "INFO"]] },
});
