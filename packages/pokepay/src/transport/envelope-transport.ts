import { randomUUID } from "node:crypto";
import { Agent } from "node:https";
import { inspect } from "node:util";
import {
  ConfigurationError,
  DEFAULT_MAX_RESPONSE_BYTES,
  hasDotSegment,
  redactText,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from "@paygen/runtime";
import { resolveConfig, type PokepayTransportOptions } from "./config.js";
import { decryptEnvelope, EnvelopeDecryptionError, encryptEnvelope } from "./crypto.js";
import { EnvelopeResponseError } from "./errors.js";
import { sendForm, type RawResponse } from "./http.js";

export interface EnvelopeTransportOptions extends PokepayTransportOptions {
  /** The clock stamped into each envelope's `timestamp` (tests, clock-skew corrections). */
  now?: () => Date;
  /** Makes each envelope's `partner_call_id` (a fresh UUID v4 by default). */
  newCallId?: () => string;
}

/** A `Transport` that also tells its client id and can close its kept-alive connections. */
export type EnvelopeTransport = Transport & {
  readonly clientId: string;
  /** Closes idle kept-alive connections; the transport still works afterwards (it reconnects). */
  close(): void;
  /** Replaces the client secret, the AES key and the private key's lines in a text with `[redacted]`. */
  readonly redact: (text: string) => string;
};

/**
 * The Pokepay Partner API transport. Every request, GET included, is a form body with
 * `partner_client_id` and `data` — the encrypted `{request_data, timestamp, partner_call_id}` with a
 * fresh `partner_call_id` per call, hence per attempt — sent over mutual TLS (client certificate and
 * key; the server's certificate verified against `ca` or the system store). The answer's
 * `response_data` is decrypted, error answers' too; answers without `response_data` (clear errors,
 * `/ping`) are passed on as they are. Each transport keeps its own configuration, read and checked when it is created.
 */
export function createEnvelopeTransport(options: EnvelopeTransportOptions): EnvelopeTransport {
  const config = resolveConfig(options);
  const agent = new Agent({
    ...config.tls,
    keepAlive: true,
    rejectUnauthorized: true,
    minVersion: "TLSv1.2",
  });
  const now = options.now ?? (() => new Date());
  const newCallId = options.newCallId ?? randomUUID;

  const transport = async (request: TransportRequest): Promise<TransportResponse> => {
    const url = targetUrl(request, config.baseUrl);
    const envelope = {
      request_data: request.body ?? {},
      timestamp: now().toISOString(),
      partner_call_id: newCallId(),
    };
    const form = new URLSearchParams({
      partner_client_id: config.clientId,
      data: encryptEnvelope(config.aesKey, envelope),
    }).toString();
    const raw = await sendForm(url, request.method, form, {
      agent,
      operationId: request.operationId,
      headers: request.headers,
      timeoutMs: config.timeoutMs,
      connectTimeoutMs: config.connectTimeoutMs,
      signal: request.signal,
      maxResponseBytes: request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    });
    return {
      status: raw.status,
      headers: raw.headers,
      body: openAnswer(raw, config.aesKey, request.operationId),
    };
  };

  const shown = {
    clientId: config.clientId,
    ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
    clientSecret: "[redacted]",
    key: "[redacted]",
  };
  const describe = (): string => `EnvelopeTransport ${inspect(shown, { breakLength: Infinity })}`;
  const secrets = secretTexts(options.clientSecret, config.aesKey, config.tls.key);
  return Object.defineProperties(transport, {
    clientId: { value: config.clientId, enumerable: true },
    close: { value: () => agent.destroy() },
    redact: { value: (text: string) => redactText(text, secrets) },
    toString: { value: describe },
    [inspect.custom]: { value: describe },
  }) as EnvelopeTransport;
}

/** The client secret, the AES key in every usual spelling, and the private key's base64 lines. */
function secretTexts(clientSecret: string, aesKey: Buffer, privateKeyPem: string): string[] {
  const keyLines = privateKeyPem
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= 16 && !line.startsWith("-----"));
  return [
    clientSecret,
    clientSecret.trim(),
    aesKey.toString("base64url"),
    aesKey.toString("base64"),
    aesKey.toString("hex"),
    ...keyLines,
  ].sort((a, b) => b.length - a.length);
}

function targetUrl(request: TransportRequest, baseUrl: string | undefined): URL {
  // The URL parser would collapse `/accounts/..` to `/`: another resource than the one named.
  if (hasDotSegment(request.url))
    throw new ConfigurationError(
      `${request.operationId}: the request path has a "." or ".." segment, which would address another resource`,
    );
  let url: URL;
  try {
    url = baseUrl === undefined ? new URL(request.url) : new URL(request.url, `${baseUrl}/`);
  } catch {
    throw new ConfigurationError(
      `${request.operationId}: ${JSON.stringify(request.url)} is not an absolute URL (give baseUrl to resolve paths)`,
    );
  }
  if (url.protocol !== "https:")
    throw new ConfigurationError(
      `${request.operationId}: the Partner API is reached over https only, not ${url.protocol}`,
    );
  return url;
}

/** The plaintext answer: decrypted `response_data`, a body sent in the clear, or a typed error. */
function openAnswer(raw: RawResponse, key: Buffer, operationId: string): unknown {
  if (raw.text.trim() === "") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch {
    const type = raw.headers["content-type"] ?? "no content type";
    const start = raw.text.trim().slice(0, 60).replace(/\s+/g, " ");
    throw new EnvelopeResponseError(
      "not-json",
      `${operationId}: HTTP ${raw.status} with a body that is not JSON (${type}: ${JSON.stringify(start)}) — not an answer of the Partner API`,
      operationId,
      raw.status,
    );
  }
  const data =
    json !== null && typeof json === "object"
      ? (json as { response_data?: unknown }).response_data
      : undefined;
  if (typeof data === "string") {
    try {
      return decryptEnvelope(key, data);
    } catch (error) {
      if (!(error instanceof EnvelopeDecryptionError)) throw error;
      throw new EnvelopeResponseError(
        "undecryptable",
        `${operationId}: HTTP ${raw.status} whose response_data does not decrypt`,
        operationId,
        raw.status,
        { cause: error },
      );
    }
  }
  // Errors the server cannot encrypt (an unknown partner_client_id, say) come in the clear, and so
  // may a success such as /ping's: the official SDKs pass a body without response_data through.
  return json;
}
