import { variantRule } from "../builders/index.js";

export const responsePropertyVariantRemoved = variantRule({
  id: "response-property-variant-removed",
  level: "info",
  scope: "response-body",
  change: "removed",
  description: "A response oneOf/anyOf no longer carries one of its shapes.",
  twin: "response-property-variant-added",
  oasdiff: {
    rules: [
      ["response-property-one-of-removed", "INFO"],
      ["response-property-any-of-removed", "INFO"],
    ],
  },
});
