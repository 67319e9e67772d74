import { enumPresenceRule } from "../builders/index.js";

export const requestParameterEnumAdded = enumPresenceRule({
  id: "request-parameter-enum-added",
  level: "breaking",
  scope: "parameter",
  change: "added",
  description:
    "A parameter that took any value is now restricted to an enum: other values clients sent are rejected.",
  twin: "request-parameter-enum-removed",
  oasdiff: { rules: [["request-parameter-became-enum", "ERR"]] },
});
