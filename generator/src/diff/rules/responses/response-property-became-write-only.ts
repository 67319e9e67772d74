import { visibilityRule } from "../builders/index.js";

export const responsePropertyBecameWriteOnly = visibilityRule({
  id: "response-property-became-write-only",
  level: "breaking",
  scope: "response-body",
  keyword: "writeOnly",
  became: true,
  description:
    "A response property became writeOnly: it no longer comes back, and code reading it gets nothing.",
  twin: "response-property-became-readable",
  oasdiff: {
    rules: [
      ["response-optional-property-became-write-only", "INFO"],
      ["response-required-property-became-write-only", "INFO"],
    ],
    reason:
      "A writeOnly property no longer comes back, yet the generated type (which ignores writeOnly) still offers it: code reading it compiles and gets undefined, like a removed response property, which is breaking here.",
  },
});
