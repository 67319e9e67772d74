import { clientRule } from "../builders/index.js";
import { CLIENT_NAMES } from "../oasdiff-reasons.js";
import { missingNames } from "./shared.js";

export const clientOptionRemoved = clientRule({
  id: "client-option-removed",
  level: "breaking",
  description:
    "A client option is gone (a credential of a security scheme, or an x-paygen-client-headers option): code passing it to the client constructor stops compiling.",
  twin: "client-option-added",
  oasdiff: { rules: "not reported", reason: CLIENT_NAMES },
  findings: ({ base, revision }) =>
    missingNames(base.options, revision.options).map((option) => ({
      message: `client option '${option.name}' removed`,
      side: "base",
      pointer: option.pointer,
      typesChange: true,
    })),
});
