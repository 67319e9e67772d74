/** The static description of an API that generated clients hand to the runtime. */

import type { Credentials } from "./auth.js";
import type { PathStyle } from "./path-style.js";
import type { ResponseKind } from "./response-body.js";

/**
 * A request body as fetch takes it, spelled out: the DOM's `BodyInit` is not a type every
 * application's declarations have (Node's lack it).
 */
export type EncodedBody = string | Blob | FormData | ArrayBuffer | Uint8Array;

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

export interface ServerSpec {
  url: string;
  environment: string;
}

/** Sends a token operation: the token cache's way of asking the client for a token. */
export type TokenIssuer = (
  operation: OperationSpec,
  body: Record<string, string>,
) => Promise<unknown>;

/** What a client asks of its token cache. */
export interface TokenSource {
  /** Tokens valid right now, by scheme name. */
  current(): Map<string, string>;
  /** Obtains the tokens `operation`'s chosen alternative needs and the options do not give; whether it did. */
  ensureFor(
    spec: ClientSpec,
    operation: OperationSpec,
    options: Credentials,
    prefer: string | undefined,
  ): Promise<boolean>;
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
  /**
   * Where a client keeps the access tokens it fetches: `TokenCache`, given when a bearer scheme has
   * a `tokenOperation` (so a client without one does not carry the cache's code).
   */
  tokenCache?: new (issue: TokenIssuer) => TokenSource;
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
  /**
   * How the body becomes bytes: `encodeForm`, `encodeMultipart` or `rawBody`; JSON when absent. The
   * generator picks it per operation, so a bundle carries only the encoders its operations use.
   */
  encodeBody?: (body: unknown) => EncodedBody;
  /** Alternatives, each a list of scheme names that must all apply; empty: no auth. */
  security: readonly (readonly string[])[];
  servers?: readonly ServerSpec[];
  idempotency?: { in: "header" | "body"; name: string };
  pagination?: PaginationSpec;
}
