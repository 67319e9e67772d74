import { enumPresenceRule } from "../builders/index.js";
import { REQUEST_ENUM_LIFTED } from "../oasdiff-reasons.js";

export const requestPropertyEnumRemoved = enumPresenceRule({
  id: "request-property-enum-removed",
  level: "info",
  scope: "request-body",
  change: "removed",
  description: "A request property's enum restriction is lifted.",
  twin: "request-property-enum-added",
  oasdiff: { rules: "not reported", reason: REQUEST_ENUM_LIFTED },
});
