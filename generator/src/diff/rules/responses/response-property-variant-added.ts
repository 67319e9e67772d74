import { variantRule } from "../builders/index.js";

export const responsePropertyVariantAdded = variantRule({
  id: "response-property-variant-added",
  level: "warning",
  scope: "response-body",
  change: "added",
  description:
    "A response oneOf/anyOf may carry a further shape: code that handles each known shape meets one it does not know.",
  twin: "response-property-variant-removed",
  oasdiff: {
    rules: [
      ["response-property-one-of-added", "ERR"],
      ["response-property-any-of-added", "INFO"],
    ],
    reason:
      "A new oneOf member is breaking in oasdiff, a new anyOf member information; paygen warns for both: clients meet a shape they do not know, as with a new enum value.",
  },
});
