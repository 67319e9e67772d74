import { typeChangeRule } from "../builders/index.js";

export const responsePropertyTypeNarrowed = typeChangeRule({
  id: "response-property-type-narrowed",
  level: "info",
  scope: "response-body",
  change: "narrowed",
  description:
    "A response property's values are now a subset of what they were (e.g. number to integer).",
  twin: "response-property-type-changed",
  oasdiff: { rules: [["response-property-type-specialized", "INFO"]] },
});
