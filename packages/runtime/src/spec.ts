/** The static description of an API that generated clients hand to the runtime. */

import type { PathStyle } from "./path-style.js";
import type { ResponseKind } from "./response-body.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

export interface ServerSpec {
  url: string;
  environment: string;
}

export type SecuritySchemeSpec =
  | { kind: "basic"; username: string; password?: string }
  | {
      kind: "bearer";
      tokenParts: readonly string[];
      separator: string;
      /** OAuth2 client credentials: the operation that issues a token, and the scopes to ask for. */
      tokenOperation?: OperationSpec;
      scopes?: readonly string[];
    }
  | { kind: "apiKey"; in: "header" | "query" | "cookie"; name: string; option: string }
  | { kind: "mutualTLS" };

export interface ClientHeaderSpec {
  name: string;
  option: string;
}

export interface ClientSpec {
  /** Provider id, used in error messages: `omise`. */
  provider: string;
  servers: readonly ServerSpec[];
  securitySchemes: Readonly<Record<string, SecuritySchemeSpec>>;
  clientHeaders: readonly ClientHeaderSpec[];
  /** Property of the error body that holds the provider's error code. */
  errorCodeField?: string;
  /** Response header carrying the provider's request id. */
  requestIdHeader?: string;
  /** Statuses that mean "still in progress, try again" for this provider (`x-paygen-retry-statuses`), besides 408/429/5xx. */
  retryStatuses?: readonly number[];
}

export type PaginationSpec =
  | { style: "offset"; items: string; total: string; offset: string; limit: string }
  | { style: "cursor"; items: string; hasMore: string; cursor: string; cursorItemField: string }
  | { style: "page"; items: string; page: string; hasNext: string }
  | { style: "pages"; items: string; page: string; totalPages: string }
  | { style: "nextCursor"; items: string; cursor: string; nextCursor: string };

export interface OperationSpec {
  id: string;
  method: HttpMethod;
  /** Path template: `/charges/{id}/capture`. */
  path: string;
  /** Path parameters not written in the default style (`simple`, not exploded). */
  pathStyles?: Readonly<Record<string, PathStyle>>;
  /** Success statuses (`200`, `2XX`, `default`) whose body is not JSON; JSON otherwise. */
  responseBodies?: Readonly<Record<string, ResponseKind>>;
  /** Media type of the request body the client sends. */
  bodyMediaType?: string;
  /** Alternatives, each a list of scheme names that must all apply; empty: no auth. */
  security: readonly (readonly string[])[];
  servers?: readonly ServerSpec[];
  idempotency?: { in: "header" | "body"; name: string };
  pagination?: PaginationSpec;
}
