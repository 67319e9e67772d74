import { visibilityRule } from "../builders/index.js";

export const requestPropertyBecameReadOnly = visibilityRule({
  id: "request-property-became-read-only",
  level: "warning",
  scope: "request-body",
  keyword: "readOnly",
  became: true,
  description:
    "A request property became readOnly: clients that still send it are ignored or rejected.",
  twin: "request-property-became-writable",
  oasdiff: {
    rules: [
      ["request-optional-property-became-read-only", "INFO"],
      ["request-required-property-became-read-only", "INFO"],
    ],
    reason:
      "oasdiff informs; a client that keeps sending a property the server now treats as readOnly has its value ignored or the request refused, and the generated type (which ignores readOnly) does not warn it: paygen warns.",
  },
});
