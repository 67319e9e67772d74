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
});
