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
});
