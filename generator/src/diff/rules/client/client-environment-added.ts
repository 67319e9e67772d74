import { clientRule } from "../builders/index.js";
import { CLIENT_NAMES } from "../oasdiff-reasons.js";
import { missingNames } from "./shared.js";

export const clientEnvironmentAdded = clientRule({
  id: "client-environment-added",
  level: "info",
  description:
    "A server with a new environment name (x-paygen-environment) appeared: one more value clients may choose; nothing existing changes.",
  twin: "client-environment-removed",
  oasdiff: { rules: "not reported", reason: CLIENT_NAMES },
  findings: ({ base, revision }) =>
    missingNames(revision.environments, base.environments).map((environment) => ({
      message: `client environment '${environment.name}' added`,
      side: "revision",
      pointer: environment.pointer,
      typesChange: true,
    })),
});
