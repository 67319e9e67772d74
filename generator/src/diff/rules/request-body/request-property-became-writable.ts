import { visibilityRule } from "../builders/index.js";

export const requestPropertyBecameWritable = visibilityRule({
  id: "request-property-became-writable",
  level: "info",
  scope: "request-body",
  keyword: "readOnly",
  became: false,
  description: "A readOnly request property may now be sent.",
  twin: "request-property-became-read-only",
  oasdiff: {
    rules: [
      ["request-optional-property-became-not-read-only", "INFO"],
      ["request-required-property-became-not-read-only", "INFO"],
    ],
  },
});
