import { propertyRule } from "../builders/index.js";

export const responsePropertyRemoved = propertyRule({
  id: "response-property-removed",
  level: "breaking",
  scope: "response-body",
  description:
    "A response property is gone: code that reads it gets undefined at run time and a compile error with the generated types.",
  twin: "response-property-added",
  detect: ({ base, revision }) =>
    base && !revision ? { detail: "removed", side: "base" } : undefined,
});
