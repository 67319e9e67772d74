import { ConnectionError, InvalidResponseError, TimeoutError } from "@paygen/runtime";

/**
 * The request never got a complete answer: refused or reset connection, a TLS failure (the server
 * refusing the client certificate, a server certificate that does not verify), a cut-off body.
 * `code` is Node's error code (`ECONNREFUSED`, `ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED`,
 * `UNABLE_TO_VERIFY_LEAF_SIGNATURE`, …) when there is one.
 */
export class EnvelopeConnectionError extends ConnectionError {
  override name = "EnvelopeConnectionError";
  constructor(
    message: string,
    operationId: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, operationId, options);
  }
}

/** No complete answer within the transport's limit (`timeoutMs`, or `connectTimeoutMs` for the handshake). */
export class EnvelopeTimeoutError extends TimeoutError {
  override name = "EnvelopeTimeoutError";
  constructor(
    operationId: string,
    readonly phase: "connect" | "response",
    readonly timeoutMs: number,
  ) {
    super(
      `${operationId}: ${phase === "connect" ? "not connected" : "no complete answer"} within ${timeoutMs} ms`,
      operationId,
    );
  }
}

/** Why an answer is not a Partner API envelope. */
export type EnvelopeResponseErrorCode = "not-json" | "undecryptable";

/**
 * An answer arrived but is not the Partner API's envelope: a proxy's or load balancer's HTML page,
 * or a `response_data` that does not decrypt under the client
 * secret (its `EnvelopeDecryptionError` is the `cause`). `status` is the HTTP status received.
 */
export class EnvelopeResponseError extends InvalidResponseError {
  override name = "EnvelopeResponseError";
  constructor(
    readonly code: EnvelopeResponseErrorCode,
    message: string,
    operationId: string,
    status: number,
    options?: { cause?: unknown },
  ) {
    super(message, operationId, status);
    if (options && "cause" in options)
      Object.defineProperty(this, "cause", {
        value: options.cause,
        configurable: true,
        writable: true,
      });
  }
}
