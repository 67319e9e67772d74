import { visibilityRule } from "../builders/index.js";

export const responsePropertyBecameReadable = visibilityRule({
  id: "response-property-became-readable",
  level: "info",
  scope: "response-body",
  keyword: "writeOnly",
  became: false,
  description: "A writeOnly property now comes back in responses.",
  twin: "response-property-became-write-only",
  oasdiff: {
    rules: [
      ["response-optional-property-became-not-write-only", "INFO"],
      ["response-required-property-became-not-write-only", "WARN"],
    ],
    reason:
      "oasdiff warns when a required property starts coming back; a property more in a response breaks no client, as with response-property-added.",
  },
});
