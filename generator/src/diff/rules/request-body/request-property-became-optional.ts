import { requiredChangeRule } from "../builders/index.js";

export const requestPropertyBecameOptional = requiredChangeRule({
  id: "request-property-became-optional",
  level: "info",
  scope: "request-body",
  became: "optional",
  description: "A request body property may now be omitted.",
  twin: "request-property-became-required",
  oasdiff: { rules: [["request-property-became-optional", "INFO"]] },
});
