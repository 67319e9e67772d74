import type { HttpMethod } from "./spec.js";

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** First backoff (default 500 ms); doubles per retry. */
  baseDelayMs?: number;
  /** Cap of any wait, Retry-After included (default 30 s). */
  maxDelayMs?: number;
}

const IDEMPOTENT_METHODS = new Set<HttpMethod>([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
  "TRACE",
]);

/** A request may be sent again when repeating it cannot do something twice. */
export function mayRetry(method: HttpMethod, hasIdempotencyKey: boolean): boolean {
  return IDEMPOTENT_METHODS.has(method) || hasIdempotencyKey;
}

/** 408, 429, 5xx, and the statuses the spec says mean "in progress" (e.g. 409 for some providers). */
export function isRetryableStatus(status: number, extra: readonly number[] = []): boolean {
  return status === 408 || status === 429 || status >= 500 || extra.includes(status);
}

/**
 * How long to wait before retry `retry` (1-based): the server's Retry-After when it gives one, else
 * exponential backoff with jitter in [50 %, 100 %] of base·2^(retry−1); both capped.
 */
export function retryDelayMs(
  retry: number,
  retryAfter: string | undefined,
  options: RetryOptions,
  random: () => number = Math.random,
  now: () => number = Date.now,
): number {
  const max = options.maxDelayMs ?? 30_000;
  const fromHeader = parseRetryAfter(retryAfter, now);
  if (fromHeader !== undefined) return Math.min(Math.max(fromHeader, 0), max);
  const base = (options.baseDelayMs ?? 500) * 2 ** (retry - 1);
  return Math.min(base * (0.5 + random() / 2), max);
}

function parseRetryAfter(value: string | undefined, now: () => number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - now();
}
