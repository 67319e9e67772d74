import { SERVERS } from "../oasdiff-reasons.js";
import type { Rule } from "../rule.js";
import { serverKey } from "./shared.js";

export const serverRemoved: Rule = {
  id: "server-removed",
  level: "warning",
  direction: "request",
  description: "A server URL is gone: clients configured with it (or defaulting to it) must move.",
  twin: "server-added",
  oasdiff: { rules: "not reported", reason: SERVERS },
  check: (ctx) => {
    const after = new Set(ctx.revision.servers.map((s) => serverKey(s.url)));
    return ctx.base.servers
      .filter((server) => !after.has(serverKey(server.url)))
      .map((server) => ({
        message: `server ${server.url} removed`,
        side: "base" as const,
        pointer: server.pointer,
        typesChange: true,
      }));
  },
};
