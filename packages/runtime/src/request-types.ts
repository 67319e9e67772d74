import type { RetryOptions } from "./retry.js";

export interface RequestOptions extends RetryOptions {
  signal?: AbortSignal;
  /** Extra headers for this call (operation header parameters go here). */
  headers?: Record<string, string>;
  /** For operations that accept one; a UUID v4 is generated when omitted. */
  idempotencyKey?: string;
  /** The operation's header parameters (arrays are sent comma-separated). */
  header?: Record<string, unknown>;
  /** The operation's cookie parameters, sent in one `Cookie` header. */
  cookie?: Record<string, unknown>;
  /** Query parameters of an operation that also takes a body. */
  query?: Record<string, unknown>;
  /** Per-attempt timeout in milliseconds (default: the client's; `Infinity`: none). */
  timeoutMs?: number;
  /** Largest response body accepted, after decompression (default: the client's). */
  maxResponseBytes?: number;
  /** List operations: the most pages walked before a `PaginationError` (default: the client's, else no limit). */
  maxPages?: number;
}

export interface RequestArgs {
  /** Path parameters: primitives, or arrays and objects written in the operation's path style. */
  path?: Record<string, unknown>;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}
