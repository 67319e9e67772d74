import { gzipSync } from "node:zlib";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault =
  | { kind: "json"; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: "drop" }
  | { kind: "delay"; ms: number; then: Fault }
  | { kind: "truncate"; status: number }
  | { kind: "invalid-json"; status: number }
  /** A gzip body of `members` concatenated gzip members, each 1 MiB of zeros: about 1 KiB on the wire per MiB. */
  | { kind: "gzip-bomb"; members: number }
  /** `bytes` bytes of plain JSON-ish filler, written with back-pressure, with a content-length. */
  | { kind: "large"; bytes: number; declareLength: boolean }
  | { kind: "redirect"; status: number; location: string };

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

/**
 * A loopback HTTP server that answers each request with the next scripted fault (the last one repeats):
 * dropped connections, delays, 429 with Retry-After, 503, cut-off bodies, invalid JSON.
 */
export async function startFaultServer(
  script: Fault[],
): Promise<{ url: string; seen: Seen[]; stop(): Promise<void> }> {
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
        res.writeHead(fault.status, {
          "content-type": "application/json",
          "content-length": "100",
        });
        res.write('{"id": "partial');
        setTimeout(() => req.socket.destroy(), 5).unref();
        return;
      case "invalid-json":
        res.writeHead(fault.status, { "content-type": "application/json" });
        res.end("{not json");
        return;
      case "gzip-bomb": {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        const member = gzipSync(Buffer.alloc(1024 * 1024));
        let sent = 0;
        const pump = (): void => {
          while (sent < fault.members && !res.destroyed) {
            sent++;
            if (!res.write(member)) return void res.once("drain", pump);
          }
          res.end();
        };
        pump();
        return;
      }
      case "large": {
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        res.writeHead(200, {
          "content-type": "application/json",
          ...(fault.declareLength ? { "content-length": String(fault.bytes) } : {}),
        });
        let left = fault.bytes;
        const pump = (): void => {
          while (left > 0 && !res.destroyed) {
            const piece = chunk.subarray(0, Math.min(left, chunk.length));
            left -= piece.length;
            if (!res.write(piece)) return void res.once("drain", pump);
          }
          res.end();
        };
        pump();
        return;
      }
      case "redirect":
        res.writeHead(fault.status, { location: fault.location, "content-type": "text/plain" });
        res.end("moved");
        return;
    }
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: performance.now(),
      });
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
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
