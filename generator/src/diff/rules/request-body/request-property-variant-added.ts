import { variantRule } from "../builders/index.js";

export const requestPropertyVariantAdded = variantRule({
  id: "request-property-variant-added",
  level: "info",
  scope: "request-body",
  change: "added",
  description: "A request oneOf/anyOf accepts a further shape.",
  twin: "request-property-variant-removed",
  oasdiff: {
    rules: [
      ["request-property-one-of-added", "INFO"],
      ["request-property-any-of-added", "INFO"],
    ],
  },
});
