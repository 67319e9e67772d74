import { OPERATION_SERVERS } from "../oasdiff-reasons.js";
import type { Rule } from "../rule.js";
import { operationServersOnlyIn } from "./shared.js";

export const operationServerAdded: Rule = {
  id: "operation-server-added",
  level: "info",
  direction: "request",
  description: "An operation lists a further server URL of its own.",
  twin: "operation-server-removed",
  oasdiff: { rules: "not reported", reason: OPERATION_SERVERS },
  check: (ctx) => ctx.pairs.flatMap((operation) => operationServersOnlyIn(operation, "revision")),
};
