import { RedirectError, ResponseTooLargeError } from "./errors.js";
import { MAX_REDIRECTS } from "./limits.js";

export type FetchFunction = (request: Request) => Promise<Response>;

/** What one call hands to fetch, kept so a redirect can resend it without cloning the request's body stream. */
export interface Exchange {
  readonly fetch: FetchFunction;
  readonly operationId: string;
  readonly maxResponseBytes: number;
  /** The serialized body, as given to `new Request` (strings, FormData and Blobs can be sent again). */
  body: BodyInit | null | undefined;
  /** Set once the request reached fetch: a failure before that is local, never a connection error. */
  dispatched: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Sends the request (it must say `redirect: "manual"`) and follows a redirect only on the request's
 * own origin, at most `MAX_REDIRECTS` times. A success is returned as it came, for the caller to read
 * with `readBoundedBody`; a failure's body is read here, bounded, so whoever reads it as text cannot
 * be made to buffer more than `maxResponseBytes`.
 */
export async function fetchBounded(exchange: Exchange, first: Request): Promise<Response> {
  // Parsed only once a redirect is seen: most calls never need it.
  let origin: string | undefined;
  // A stream body cannot be sent twice: only then is a copy kept for a redirect.
  const spare = exchange.body instanceof ReadableStream ? first.clone() : undefined;
  let request = first;
  for (let redirects = 0; ; redirects++) {
    exchange.dispatched = true;
    const response = await exchange.fetch(request);
    if (response.ok) return response;
    const location = REDIRECT_STATUSES.has(response.status)
      ? response.headers.get("location")
      : null;
    if (location === null) return withBoundedBody(response, exchange);
    await response.body?.cancel();
    origin ??= new URL(first.url).origin;
    const target = resolve(location, request.url);
    if (target?.origin !== origin) {
      throw new RedirectError(
        `${exchange.operationId}: HTTP ${response.status} redirect to another origin; not followed`,
        exchange.operationId,
        response.status,
        location,
      );
    }
    if (redirects >= MAX_REDIRECTS) {
      throw new RedirectError(
        `${exchange.operationId}: more than ${MAX_REDIRECTS} redirects`,
        exchange.operationId,
        response.status,
        location,
      );
    }
    const body = spare ? await spare.clone().arrayBuffer() : exchange.body;
    request = redirected(request, body ?? null, target, response.status);
  }
}

function resolve(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/** The request a browser would send next (Fetch standard): 303, and 301/302 after a POST, become a GET without body. */
function redirected(request: Request, body: BodyInit | null, target: URL, status: number): Request {
  const toGet =
    (status === 303 && request.method !== "HEAD") ||
    ((status === 301 || status === 302) && request.method === "POST");
  const headers = new Headers(request.headers);
  if (toGet) headers.delete("content-type");
  return new Request(target, {
    method: toGet ? "GET" : request.method,
    headers,
    body: toGet ? null : body,
    redirect: "manual",
    signal: request.signal,
  });
}

/**
 * The response's body, counted after decompression; the download is stopped once it exceeds
 * `maxResponseBytes`. Empty for statuses without a body.
 */
export async function readBoundedBody(
  response: Response,
  operationId: string,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return new Uint8Array(0);
  const declared = Number(response.headers.get("content-length"));
  if (!response.headers.has("content-encoding") && declared > limit) {
    await response.body.cancel();
    throw new ResponseTooLargeError(operationId, response.status, limit);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Cancelling stops the download and the decompression: nothing more is buffered.
      await reader.cancel();
      throw new ResponseTooLargeError(operationId, response.status, limit);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

/** The same response with its body read (bounded) into memory. */
async function withBoundedBody(response: Response, exchange: Exchange): Promise<Response> {
  if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  const body = await readBoundedBody(response, exchange.operationId, exchange.maxResponseBytes);
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The response with a body that errors with `ResponseTooLargeError` once it grows past `limit`. */
export function limitStream(response: Response, operationId: string, limit: number): Response {
  if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  let total = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > limit)
        controller.error(new ResponseTooLargeError(operationId, response.status, limit));
      else controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
