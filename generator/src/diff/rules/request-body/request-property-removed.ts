import { propertyRule } from "../builders/index.js";

export const requestPropertyRemoved = propertyRule({
  id: "request-property-removed",
  level: "warning",
  scope: "request-body",
  description:
    "A request body property is gone: the server may now ignore or reject it, and the generated type no longer accepts it.",
  twin: "request-property-added-optional",
  oasdiff: { rules: [["request-property-removed", "WARN"]] },
  detect: ({ base, revision }) =>
    base && !revision ? { detail: "removed", side: "base" } : undefined,
});
