import { clientRule } from "../builders/index.js";
import { CLIENT_NAMES } from "../oasdiff-reasons.js";
import { missingNames } from "./shared.js";

export const clientOptionAdded = clientRule({
  id: "client-option-added",
  level: "info",
  // Every generated client option is optional (`?:`), so a new one never breaks a constructor call;
  // a new credential the server then requires shows up as a security finding instead.
  description:
    "A client option appeared (a credential or a client header): generated options are all optional, so existing constructor calls still compile.",
  twin: "client-option-removed",
  oasdiff: { rules: "not reported", reason: CLIENT_NAMES },
  findings: ({ base, revision }) =>
    missingNames(revision.options, base.options).map((option) => ({
      message: `client option '${option.name}' added`,
      side: "revision",
      pointer: option.pointer,
      typesChange: true,
    })),
});
