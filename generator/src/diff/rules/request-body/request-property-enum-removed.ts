import { enumPresenceRule } from "../builders/index.js";

export const requestPropertyEnumRemoved = enumPresenceRule({
  id: "request-property-enum-removed",
  level: "info",
  scope: "request-body",
  change: "removed",
  description: "A request property's enum restriction is lifted.",
  twin: "request-property-enum-added",
});
