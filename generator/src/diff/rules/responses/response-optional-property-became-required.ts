import { requiredChangeRule } from "../builders/index.js";

export const responseOptionalPropertyBecameRequired = requiredChangeRule({
  id: "response-optional-property-became-required",
  level: "info",
  scope: "response-body",
  became: "required",
  description: "A response property is now always present.",
  twin: "response-required-property-became-optional",
  oasdiff: { rules: [["response-property-became-required", "INFO"]] },
});
