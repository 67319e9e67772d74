import { requiredChangeRule } from "../builders/index.js";

export const requestPropertyBecameRequired = requiredChangeRule({
  id: "request-property-became-required",
  level: "breaking",
  scope: "request-body",
  became: "required",
  description: "A request body property became required: requests that omit it now fail.",
  twin: "request-property-became-optional",
  oasdiff: { rules: [["request-property-became-required", "ERR"]] },
});
