import { SERVERS } from "../oasdiff-reasons.js";
import type { Rule } from "../rule.js";
import { serverKey } from "./shared.js";

export const serverAdded: Rule = {
  id: "server-added",
  level: "info",
  direction: "request",
  description: "A further server URL is listed.",
  twin: "server-removed",
  oasdiff: { rules: "not reported", reason: SERVERS },
  check: (ctx) => {
    const before = new Set(ctx.base.servers.map((s) => serverKey(s.url)));
    return ctx.revision.servers
      .filter((server) => !before.has(serverKey(server.url)))
      .map((server) => ({
        message: `server ${server.url} added`,
        side: "revision" as const,
        pointer: server.pointer,
        typesChange: true,
      }));
  },
};
