import { randomUUID } from "node:crypto";
import { Agent, request as httpsRequest } from "node:https";
import { ConnectionError, type Transport, type TransportRequest, type TransportResponse } from "@paygen/runtime";
import { describeConfig, inspectSymbol, pem, type PokepayTransportOptions } from "./config.js";
import { decryptEnvelope, encryptEnvelope, EnvelopeDecryptionError, keyFromSecret } from "./crypto.js";

/** The answer was not an envelope at all (a proxy's HTML page, an empty body). */
export class EnvelopeResponseError extends Error {
  override name = "EnvelopeResponseError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request did not finish within the transport's timeout. */
export class EnvelopeTimeoutError extends ConnectionError {
  override name = "EnvelopeTimeoutError";
}

export interface EnvelopeTransportOptions extends PokepayTransportOptions {
  /** The clock stamped into each envelope (tests, clock-skew corrections). */
  now?: () => Date;
  /** Makes each envelope's partner_call_id (a UUID v4 by default). */
  newCallId?: () => string;
}

/**
 * Sends every request — GET included — as the form fields `partner_client_id` and `data` (the
 * encrypted `{request_data, timestamp, partner_call_id}`) over mutual TLS, and decrypts the answer's
 * `response_data`, error answers too. Built on node:https: fetch refuses a body on GET.
 */
export function createEnvelopeTransport(options: EnvelopeTransportOptions): Transport {
  const key = keyFromSecret(options.clientSecret);
  const agent = new Agent({
    cert: pem(options.cert, "client certificate"),
    key: pem(options.key, "client key"),
    ...(options.ca ? { ca: pem(options.ca, "CA certificate") } : {}),
    keepAlive: true,
  });
  const now = options.now ?? (() => new Date());
  const newCallId = options.newCallId ?? randomUUID;
  const timeoutMs = options.timeoutMs ?? 30_000;

  const transport: Transport = async (request: TransportRequest): Promise<TransportResponse> => {
    const envelope = { request_data: request.body ?? {}, timestamp: now().toISOString(), partner_call_id: newCallId() };
    const form = new URLSearchParams({ partner_client_id: options.clientId, data: encryptEnvelope(key, envelope) }).toString();
    const raw = await send(request, form, agent, timeoutMs);
    return { status: raw.status, headers: raw.headers, body: open(raw.status, raw.text, key) };
  };
  Object.defineProperty(transport, inspectSymbol, { value: () => describeConfig(options) });
  return transport;
}

function open(status: number, text: string, key: Buffer): unknown {
  if (text === "") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EnvelopeResponseError(status, `HTTP ${status} with a body that is not JSON (not from the Partner API?)`);
  }
  const data = (json as { response_data?: unknown } | null)?.response_data;
  if (typeof data === "string") return decryptEnvelope(key, data);
  // Some errors (e.g. an unknown partner client) cannot be encrypted and arrive in the clear.
  if (status >= 400) return json;
  throw new EnvelopeResponseError(status, `HTTP ${status} without response_data`);
}

function send(request: TransportRequest, form: string, agent: Agent, timeoutMs: number): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(request.url, {
      method: request.method,
      agent,
      headers: {
        ...request.headers,
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(Buffer.byteLength(form)),
        accept: "application/json",
      },
      ...(request.signal ? { signal: request.signal } : {}),
    });
    req.setTimeout(timeoutMs, () => req.destroy(new EnvelopeTimeoutError(`${request.operationId}: no answer within ${timeoutMs} ms`, request.operationId)));
    req.on("error", (error: Error & { code?: string }) => {
      if (error instanceof EnvelopeTimeoutError || error.name === "AbortError") return reject(error);
      reject(new ConnectionError(`${request.operationId}: ${error.code ?? error.message}`, request.operationId, { cause: error }));
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (error) => reject(new ConnectionError(`${request.operationId}: ${error.message}`, request.operationId, { cause: error })));
      res.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
        resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.end(form);
  });
}

export { EnvelopeDecryptionError };
