import { OPERATION_SERVERS } from "../oasdiff-reasons.js";
import type { Rule } from "../rule.js";
import { operationServersOnlyIn } from "./shared.js";

export const operationServerRemoved: Rule = {
  id: "operation-server-removed",
  level: "warning",
  direction: "request",
  description:
    "A server URL is gone from an operation's own servers: clients calling the operation there must move.",
  twin: "operation-server-added",
  oasdiff: { rules: "not reported", reason: OPERATION_SERVERS },
  check: (ctx) => ctx.pairs.flatMap((operation) => operationServersOnlyIn(operation, "base")),
};
