import { inspect } from "node:util";

/** Base class of every error the runtime raises. */
export class PaygenError extends Error {
  override name = "PaygenError";
}

/** The client is missing something it needs before any request is sent (e.g. credentials). */
export class ConfigurationError extends PaygenError {
  override name = "ConfigurationError";
}

/** The request never produced an HTTP response (DNS, refused connection, reset, TLS). */
export class ConnectionError extends PaygenError {
  override name = "ConnectionError";
  constructor(
    message: string,
    readonly operationId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ApiErrorInit<Body> {
  status: number;
  operationId: string;
  body: Body;
  code: string | undefined;
  requestId: string | undefined;
  headers: Record<string, string>;
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
  readonly headers: Record<string, string>;

  constructor(init: ApiErrorInit<Body>) {
    const code = init.code === undefined ? "" : ` ${init.code}`;
    super(`${init.operationId} failed with HTTP ${init.status}${code}${describeBody(init.body)}`);
    this.status = init.status;
    this.operationId = init.operationId;
    this.body = init.body;
    this.code = init.code as Code | undefined;
    this.requestId = init.requestId;
    this.headers = init.headers;
  }

  [inspect.custom](): string {
    return `${this.name}: ${this.message}`;
  }
}

function describeBody(body: unknown): string {
  if (body === null || typeof body !== "object") return "";
  const record = body as Record<string, unknown>;
  const text = [record["message"], record["detail"]].find((v) => typeof v === "string");
  return typeof text === "string" ? `: ${text.slice(0, 200)}` : "";
}
