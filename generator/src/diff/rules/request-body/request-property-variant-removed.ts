import { variantRule } from "../builders/index.js";

export const requestPropertyVariantRemoved = variantRule({
  id: "request-property-variant-removed",
  level: "breaking",
  scope: "request-body",
  change: "removed",
  description:
    "A request oneOf/anyOf no longer accepts one of its shapes: clients sending it fail.",
  twin: "request-property-variant-added",
  oasdiff: {
    rules: [
      ["request-property-one-of-removed", "ERR"],
      ["request-property-any-of-removed", "ERR"],
    ],
  },
});
