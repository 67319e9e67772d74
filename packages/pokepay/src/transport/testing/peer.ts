import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { decryptEnvelope, encryptEnvelope, EnvelopeDecryptionError } from "../crypto.js";

export interface PeerAnswer {
  status: number;
  body: unknown;
}

export type PeerHandler = (method: string, path: string, requestData: Record<string, unknown>) => PeerAnswer;

export interface PeerOptions {
  tls: { cert: string; key: string; ca: string };
  clientId: string;
  /** The AES key of the partner client. */
  key: Buffer;
  handler: PeerHandler;
  /** How old a timestamp may be (default 60 s). */
  maxAgeMs?: number;
}

export interface Peer {
  url: string;
  /** Every envelope the peer opened, in order. */
  received: Array<{ method: string; path: string; requestData: Record<string, unknown>; partnerCallId: string }>;
  stop(): Promise<void>;
}

/**
 * A loopback stand-in for the Partner API's transport layer: HTTPS that requires a client certificate
 * from the test CA, real envelope decryption, the API's replay protection (stale timestamps, reused
 * partner_call_id), and answers encrypted as `response_data`. What to answer is the handler's job.
 */
export async function startPeer(options: PeerOptions): Promise<Peer> {
  const received: Peer["received"] = [];
  const seenCallIds = new Set<string>();
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const server: Server = createServer({ ...options.tls, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const answer = (status: number, body: unknown): void => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify({ response_data: encryptEnvelope(options.key, body) }));
      };
      const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      if (form.get("partner_client_id") !== options.clientId) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ type: "partner_client_not_found", message: "unknown partner client" }));
        return;
      }
      let envelope: { request_data?: Record<string, unknown>; timestamp?: string; partner_call_id?: string };
      try {
        envelope = decryptEnvelope(options.key, form.get("data") ?? "") as typeof envelope;
      } catch (error) {
        if (!(error instanceof EnvelopeDecryptionError)) throw error;
        return answer(400, { type: "partner_decryption_failed", message: error.message });
      }
      const age = Date.now() - Date.parse(envelope.timestamp ?? "");
      if (!(age <= maxAgeMs && age >= -maxAgeMs)) return answer(400, { type: "partner_request_expired", message: "the request timestamp is too old" });
      const callId = String(envelope.partner_call_id);
      if (seenCallIds.has(callId)) return answer(400, { type: "partner_request_already_done", message: "this partner_call_id was already used" });
      seenCallIds.add(callId);
      const path = new URL(req.url ?? "/", "https://peer").pathname;
      const requestData = envelope.request_data ?? {};
      received.push({ method: req.method ?? "", path, requestData, partnerCallId: callId });
      const result = options.handler(req.method ?? "", path, requestData);
      answer(result.status, result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    received,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
