import type { Agent } from "node:https";
import { request as httpsRequest } from "node:https";
import type { TLSSocket } from "node:tls";
import { ResponseTooLargeError } from "@paygen/runtime";
import { EnvelopeConnectionError, EnvelopeTimeoutError } from "./errors.js";

export interface RawResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  text: string;
}

export interface SendOptions {
  agent: Agent;
  operationId: string;
  headers: Record<string, string>;
  timeoutMs: number;
  connectTimeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Largest answer accepted; the connection is cut as soon as more arrives. */
  maxResponseBytes: number;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/**
 * Sends one form-encoded body with any method (GET included: node:https, unlike fetch, allows a body
 * on GET) and collects the whole answer, up to `maxResponseBytes`. Rejects with
 * `ResponseTooLargeError` (never retried), `EnvelopeConnectionError`, `EnvelopeTimeoutError`, or
 * the signal's reason when the caller aborts (as fetch does).
 */
export function sendForm(
  url: URL,
  method: string,
  form: string,
  options: SendOptions,
): Promise<RawResponse> {
  const { signal, operationId } = options;
  return new Promise<RawResponse>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(connectTimer);
      signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    const fail = (error: unknown): void => {
      settle(() => reject(error));
      req.destroy();
    };
    const onAbort = (): void => fail(abortReason(signal!));
    const connectionError = (error: Error & { code?: string }): EnvelopeConnectionError =>
      new EnvelopeConnectionError(
        `${operationId}: ${error.code ? `${error.code}: ` : ""}${error.message}`,
        operationId,
        error.code,
        { cause: error },
      );

    const req = httpsRequest(url, {
      method,
      agent: options.agent,
      headers: {
        ...options.headers,
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(Buffer.byteLength(form)),
        accept: "application/json",
      },
    });
    const timer = setTimeout(
      () => fail(new EnvelopeTimeoutError(operationId, "response", options.timeoutMs)),
      options.timeoutMs,
    );
    signal?.addEventListener("abort", onAbort, { once: true });

    req.on("socket", (socket: TLSSocket) => {
      if (options.connectTimeoutMs === undefined || !socket.connecting) return;
      const limit = options.connectTimeoutMs;
      connectTimer = setTimeout(
        () => fail(new EnvelopeTimeoutError(operationId, "connect", limit)),
        limit,
      );
      socket.once("secureConnect", () => clearTimeout(connectTimer));
    });
    req.on("error", (error: Error & { code?: string }) =>
      settle(() => reject(connectionError(error))),
    );
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let received = 0;
      res.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > options.maxResponseBytes)
          fail(
            new ResponseTooLargeError(operationId, res.statusCode ?? 0, options.maxResponseBytes),
          );
        else chunks.push(chunk);
      });
      res.on("error", (error: Error & { code?: string }) =>
        settle(() => reject(connectionError(error))),
      );
      res.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined)
            headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
        }
        settle(() =>
          resolve({
            status: res.statusCode ?? 0,
            headers,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      });
    });
    req.end(form);
  });
}
