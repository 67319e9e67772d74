import { propertyAddedRule } from "../builders/index.js";

export const requestPropertyAddedRequired = propertyAddedRule({
  id: "request-property-added-required",
  level: "breaking",
  scope: "request-body",
  required: true,
  description:
    "A request body gains a required property: requests written for the old contract lack it and fail.",
  waiver:
    "the reverse change is reported by request-property-removed, whose twin is request-property-added-optional",
  oasdiff: { rules: [["new-required-request-property", "ERR"]] },
});
