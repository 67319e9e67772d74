import { propertyRule } from "../builders/index.js";

export const responsePropertyRemoved = propertyRule({
  id: "response-property-removed",
  level: "breaking",
  scope: "response-body",
  description:
    "A response property is gone: code that reads it gets undefined at run time and a compile error with the generated types.",
  twin: "response-property-added",
  oasdiff: {
    rules: [
      ["response-optional-property-removed", "WARN"],
      ["response-required-property-removed", "ERR"],
    ],
    reason:
      "The generated type loses the property, so code reading it stops compiling even when it was optional; oasdiff warns for an optional one because the wire always allowed it to be absent.",
  },
  detect: ({ base, revision }) =>
    base && !revision ? { detail: "removed", side: "base" } : undefined,
});
