import { INSPECT } from "./inspect.js";
import { escapeControls } from "./untrusted-text.js";

/** Base class of every error the runtime raises. */
export class PaygenError extends Error {
  override name = "PaygenError";
}

/** The client is missing something it needs before any request is sent (e.g. credentials). */
export class ConfigurationError extends PaygenError {
  override name = "ConfigurationError";
}

/** The request never produced a complete HTTP response (DNS, refused or reset connection, TLS, cut-off body). */
export class ConnectionError extends PaygenError {
  override name = "ConnectionError";
  /** How many attempts were made, retries included. */
  attempts = 1;
  constructor(
    message: string,
    readonly operationId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** No response within the timeout (per attempt). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

/** A response arrived but its body is not what the status promised (e.g. invalid JSON). */
export class InvalidResponseError extends PaygenError {
  override name = "InvalidResponseError";
  constructor(
    message: string,
    readonly operationId: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The response body grew past `maxResponseBytes` (counted after decompression); the download was stopped. Not retried. */
export class ResponseTooLargeError extends InvalidResponseError {
  override name = "ResponseTooLargeError";
  constructor(
    operationId: string,
    status: number,
    readonly maxResponseBytes: number,
  ) {
    super(
      `${operationId}: the response body exceeds maxResponseBytes (${maxResponseBytes} bytes)`,
      operationId,
      status,
    );
  }
}

/**
 * The server redirected to another origin (or too often). The request was not sent there: it would
 * carry the body, the idempotency key and custom headers to a host the client was not configured for.
 */
export class RedirectError extends InvalidResponseError {
  override name = "RedirectError";
  constructor(
    message: string,
    operationId: string,
    status: number,
    /** The `Location` the server gave. */
    readonly location: string,
  ) {
    super(message, operationId, status);
  }
}

/** A list cannot be walked further: a page points back to itself, claims more while empty, or `maxPages` is reached. */
export class PaginationError extends PaygenError {
  override name = "PaginationError";
  constructor(
    message: string,
    readonly operationId: string,
    /** The 1-based number of the page at fault. */
    readonly page: number,
  ) {
    super(message);
  }
}

export interface ApiErrorInit<Body> {
  status: number;
  operationId: string;
  body: Body;
  code: string | undefined;
  requestId: string | undefined;
  headers: Record<string, string>;
  attempts?: number;
}

/** The provider answered with a non-success status. `body` is the provider's typed error body. */
export class ApiError<Body = unknown, Code extends string = string> extends PaygenError {
  override name = "ApiError";
  readonly status: number;
  readonly operationId: string;
  readonly body: Body;
  /** The provider's error code, when its error body carries one. */
  readonly code: Code | undefined;
  readonly requestId: string | undefined;
  /** Response headers. */
  readonly headers: Record<string, string>;
  /** How many attempts were made, retries included. */
  attempts: number;

  constructor(init: ApiErrorInit<Body>) {
    const code = init.code === undefined ? "" : ` ${escapeControls(init.code)}`;
    super(`${init.operationId} failed with HTTP ${init.status}${code}${describeBody(init.body)}`);
    this.status = init.status;
    this.operationId = init.operationId;
    this.body = init.body;
    this.code = init.code as Code | undefined;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.attempts = init.attempts ?? 1;
  }

  /** The subclass for the status: `err instanceof NotFoundError`, `err instanceof RateLimitError`, … */
  static from<Body>(init: ApiErrorInit<Body>): ApiError<Body> {
    const Class =
      init.status >= 500 ? InternalServerError : (STATUS_CLASSES[init.status] ?? ApiError);
    return new Class(init) as ApiError<Body>;
  }

  [INSPECT](): string {
    return `${this.name}: ${this.message}`;
  }
}

export class BadRequestError<Body = unknown, Code extends string = string> extends ApiError<
  Body,
  Code
> {
  override name = "BadRequestError";
}
export class AuthenticationError<Body = unknown, Code extends string = string> extends ApiError<
  Body,
  Code
> {
  override name = "AuthenticationError";
}
export class PermissionDeniedError<Body = unknown, Code extends string = string> extends ApiError<
  Body,
  Code
> {
  override name = "PermissionDeniedError";
}
export class NotFoundError<Body = unknown, Code extends string = string> extends ApiError<
  Body,
  Code
> {
  override name = "NotFoundError";
}
export class ConflictError<Body = unknown, Code extends string = string> extends ApiError<
  Body,
  Code
> {
  override name = "ConflictError";
}
export class UnprocessableEntityError<
  Body = unknown,
  Code extends string = string,
> extends ApiError<Body, Code> {
  override name = "UnprocessableEntityError";
}
export class RateLimitError<Body = unknown, Code extends string = string> extends ApiError<
  Body,
  Code
> {
  override name = "RateLimitError";
}
export class InternalServerError<Body = unknown, Code extends string = string> extends ApiError<
  Body,
  Code
> {
  override name = "InternalServerError";
}

const STATUS_CLASSES: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function describeBody(body: unknown): string {
  if (body === null || typeof body !== "object") return "";
  const record = body as Record<string, unknown>;
  const text = [record["message"], record["detail"]].find((v) => typeof v === "string");
  return typeof text === "string" ? `: ${escapeControls(text.slice(0, 200))}` : "";
}
