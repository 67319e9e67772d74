import { clientRule } from "../builders/index.js";
import { CLIENT_NAMES } from "../oasdiff-reasons.js";
import { missingNames } from "./shared.js";

export const clientEnvironmentRemoved = clientRule({
  id: "client-environment-removed",
  level: "breaking",
  description:
    'A server\'s environment name (x-paygen-environment) is gone: `environment: "<name>"` no longer compiles.',
  twin: "client-environment-added",
  oasdiff: { rules: "not reported", reason: CLIENT_NAMES },
  findings: ({ base, revision }) =>
    missingNames(base.environments, revision.environments).map((environment) => ({
      message: `client environment '${environment.name}' removed`,
      side: "base",
      pointer: environment.pointer,
      typesChange: true,
    })),
});
