import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { decryptEnvelope, encryptEnvelope, EnvelopeDecryptionError } from "../crypto.js";

/** What the peer answers: `body` is sent encrypted as `{response_data}`, or `raw` is sent as it is. */
export interface PeerAnswer {
  status: number;
  body?: unknown;
  /** Sent verbatim instead of an envelope (a proxy's page, a broken envelope). */
  raw?: string;
  headers?: Record<string, string>;
}

export type PeerHandler = (
  method: string,
  path: string,
  requestData: Record<string, unknown>,
) => PeerAnswer | Promise<PeerAnswer>;

export interface PeerOptions {
  /** Server certificate and key, and the CA whose client certificates are accepted. */
  tls: { cert: string; key: string; ca: string };
  /** The one partner client the peer knows. */
  clientId: string;
  /** That client's AES key. */
  key: Buffer;
  handler: PeerHandler;
  /** How far a timestamp may be from the peer's clock (default 60 s). */
  maxAgeMs?: number;
  /** The peer's clock (default: the real one). */
  now?: () => number;
}

export interface ReceivedEnvelope {
  method: string;
  path: string;
  contentType: string;
  requestData: Record<string, unknown>;
  timestamp: string;
  partnerCallId: string;
}

export interface Peer {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** Every envelope that passed the checks and reached the handler, in order. */
  received: ReceivedEnvelope[];
  stop(): Promise<void>;
}

interface Envelope {
  request_data?: unknown;
  timestamp?: unknown;
  partner_call_id?: unknown;
}

/**
 * A loopback stand-in for the Partner API's transport layer (`node:https` on 127.0.0.1, a free port):
 * it requires a client certificate signed by the test CA, reads `partner_client_id` and `data` from a
 * form (or JSON) body whatever the method, decrypts the envelope, refuses a timestamp too far from its
 * clock (400 `partner_request_expired`) and a `partner_call_id` seen before (400
 * `partner_request_already_done`), gives `request_data` to the handler and answers its result
 * encrypted as `{response_data}`. Problems before decryption are answered in the clear.
 */
export async function startPeer(options: PeerOptions): Promise<Peer> {
  const received: ReceivedEnvelope[] = [];
  const seenCallIds = new Set<string>();
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;

  const sealed = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ response_data: encryptEnvelope(options.key, body ?? {}) }));
  };
  const clear = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, text: string): Promise<void> => {
    const contentType = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    let fields: { partner_client_id?: unknown; data?: unknown };
    if (contentType === "application/x-www-form-urlencoded")
      fields = Object.fromEntries(new URLSearchParams(text));
    else if (contentType === "application/json") {
      try {
        fields = JSON.parse(text) as typeof fields;
      } catch {
        return clear(res, 400, { type: "invalid_parameters", message: "the body is not JSON" });
      }
    } else
      return clear(res, 415, {
        type: "unsupported_media_type",
        message: `unsupported content type ${JSON.stringify(contentType)}`,
      });

    if (fields.partner_client_id !== options.clientId)
      return clear(res, 400, {
        type: "partner_client_not_found",
        message: "unknown partner_client_id",
      });
    let envelope: Envelope;
    try {
      envelope = decryptEnvelope(
        options.key,
        typeof fields.data === "string" ? fields.data : "",
      ) as Envelope;
    } catch (error) {
      if (!(error instanceof EnvelopeDecryptionError)) throw error;
      return clear(res, 400, {
        type: "partner_decryption_failed",
        message: `the data field does not decrypt (${error.code})`,
      });
    }
    const timestamp = typeof envelope.timestamp === "string" ? envelope.timestamp : "";
    const age = now() - Date.parse(timestamp);
    if (!(Math.abs(age) <= maxAgeMs))
      return sealed(res, 400, {
        type: "partner_request_expired",
        message: "the request timestamp is missing or too far from the server clock",
      });
    const callId = typeof envelope.partner_call_id === "string" ? envelope.partner_call_id : "";
    if (callId === "")
      return sealed(res, 400, {
        type: "invalid_parameters",
        message: "partner_call_id is missing",
      });
    if (seenCallIds.has(callId))
      return sealed(res, 400, {
        type: "partner_request_already_done",
        message: "this partner_call_id was already used",
      });
    seenCallIds.add(callId);
    const data = envelope.request_data;
    const requestData =
      data !== null && typeof data === "object" && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {};
    const method = req.method ?? "";
    const path = new URL(req.url ?? "/", "https://peer.invalid").pathname;
    received.push({ method, path, contentType, requestData, timestamp, partnerCallId: callId });

    const answer = await options.handler(method, path, requestData);
    if (answer.raw !== undefined) {
      res.writeHead(answer.status, {
        "content-type": "text/html; charset=utf-8",
        ...answer.headers,
      });
      res.end(answer.raw);
      return;
    }
    if (answer.headers)
      for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    sealed(res, answer.status, answer.body);
  };

  const server: Server = createServer(
    { ...options.tls, requestCert: true, rejectUnauthorized: true },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        handle(req, res, Buffer.concat(chunks).toString("utf8")).catch((error: unknown) => {
          if (res.headersSent) res.destroy();
          else
            sealed(res, 500, {
              type: "peer_handler_failed",
              message: error instanceof Error ? error.message : String(error),
            });
        });
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
