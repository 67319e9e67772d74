import { visibilityRule } from "../builders/index.js";

export const responsePropertyBecameReadable = visibilityRule({
  id: "response-property-became-readable",
  level: "info",
  scope: "response-body",
  keyword: "writeOnly",
  became: false,
  description: "A writeOnly property now comes back in responses.",
  twin: "response-property-became-write-only",
});
