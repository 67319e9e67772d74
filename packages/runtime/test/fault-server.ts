import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault =
  | { kind: "json"; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: "drop" }
  | { kind: "delay"; ms: number; then: Fault }
  | { kind: "truncate"; status: number }
  | { kind: "invalid-json"; status: number };

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  at: number;
}

/**
 * A loopback HTTP server that answers each request with the next scripted fault (the last one repeats):
 * dropped connections, delays, 429 with Retry-After, 503, cut-off bodies, invalid JSON.
 */
export async function startFaultServer(script: Fault[]): Promise<{ url: string; seen: Seen[]; stop(): Promise<void> }> {
  const seen: Seen[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const play = (fault: Fault, req: IncomingMessage, res: ServerResponse): void => {
    switch (fault.kind) {
      case "json":
        res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
        res.end(JSON.stringify(fault.body));
        return;
      case "drop":
        req.socket.destroy();
        return;
      case "delay":
        setTimeout(() => play(fault.then, req, res), fault.ms).unref();
        return;
      case "truncate":
        res.writeHead(fault.status, { "content-type": "application/json", "content-length": "100" });
        res.write('{"id": "partial');
        setTimeout(() => req.socket.destroy(), 5).unref();
        return;
      case "invalid-json":
        res.writeHead(fault.status, { "content-type": "application/json" });
        res.end("{not json");
        return;
    }
  };
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, at: performance.now() });
      play(script[Math.min(seen.length - 1, script.length - 1)]!, req, res);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
