import { variantRule } from "../builders/index.js";

export const responsePropertyVariantAdded = variantRule({
  id: "response-property-variant-added",
  level: "warning",
  scope: "response-body",
  change: "added",
  description:
    "A response oneOf/anyOf may carry a further shape: code that handles each known shape meets one it does not know.",
  twin: "response-property-variant-removed",
});
