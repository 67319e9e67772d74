import { propertyAddedRule } from "../builders/index.js";

export const responsePropertyAdded = propertyAddedRule({
  id: "response-property-added",
  level: "info",
  scope: "response-body",
  description: "A response gains a property; code written for the old contract is unaffected.",
  twin: "response-property-removed",
  oasdiff: {
    rules: [
      ["response-optional-property-added", "INFO"],
      ["response-required-property-added", "INFO"],
    ],
  },
});
