import type { HttpMethod } from "./spec.js";

/** A request as a custom transport receives it: path filled, body not yet serialized. */
export interface TransportRequest {
  method: HttpMethod;
  /** Absolute URL with path parameters filled and the query string appended. */
  url: string;
  operationId: string;
  body?: Record<string, unknown>;
  headers: Record<string, string>;
  signal?: AbortSignal;
  /** Largest response body to accept, after decompression; stop reading and fail beyond it. */
  maxResponseBytes?: number;
}

export interface TransportResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed response body, or undefined when there was none. */
  body: unknown;
}

/**
 * Replaces fetch for providers whose wire format is not plain HTTP+JSON (declared by x-paygen-transport).
 * `redact` scrubs the transport's own secrets (keys the client does not know) out of error texts and logs.
 */
export type Transport = ((request: TransportRequest) => Promise<TransportResponse>) & {
  readonly redact?: (text: string) => string;
};
