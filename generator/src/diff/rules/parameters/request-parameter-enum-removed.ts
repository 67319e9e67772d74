import { enumPresenceRule } from "../builders/index.js";
import { REQUEST_ENUM_LIFTED } from "../oasdiff-reasons.js";

export const requestParameterEnumRemoved = enumPresenceRule({
  id: "request-parameter-enum-removed",
  level: "info",
  scope: "parameter",
  change: "removed",
  description:
    "A parameter's enum restriction is lifted: every value it accepted is still accepted.",
  twin: "request-parameter-enum-added",
  oasdiff: { rules: "not reported", reason: REQUEST_ENUM_LIFTED },
});
