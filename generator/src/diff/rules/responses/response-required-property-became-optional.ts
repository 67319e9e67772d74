import { requiredChangeRule } from "../builders/index.js";

export const responseRequiredPropertyBecameOptional = requiredChangeRule({
  id: "response-required-property-became-optional",
  level: "breaking",
  scope: "response-body",
  became: "optional",
  description:
    "A response property that was always present may now be missing: code that reads it must handle undefined.",
  twin: "response-optional-property-became-required",
  oasdiff: { rules: [["response-property-became-optional", "ERR"]] },
});
