import { RedirectError, ResponseTooLargeError } from "./errors.js";
import { MAX_REDIRECTS } from "./limits.js";

export type FetchFunction = (request: Request) => Promise<Response>;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Wraps fetch (the request must say `redirect: "manual"`) so that a redirect is followed only on the
 * request's own origin, at most `MAX_REDIRECTS` times, and the body is read here, counted after
 * decompression, and the download stopped once it exceeds `maxResponseBytes`. The returned response
 * holds the whole body in memory (at most `maxResponseBytes`).
 */
export function boundedFetch(
  fetchImpl: FetchFunction,
  operationId: string,
  maxResponseBytes: number,
  /** Hand the body on as a stream that fails past the limit, instead of reading it here. */
  stream = false,
): FetchFunction {
  return async (first) => {
    const origin = new URL(first.url).origin;
    let request = first;
    for (let redirects = 0; ; redirects++) {
      const spare = request.body === null ? request : request.clone();
      const response = await fetchImpl(request);
      const location = REDIRECT_STATUSES.has(response.status)
        ? response.headers.get("location")
        : null;
      if (location === null)
        return stream
          ? limitStream(response, operationId, maxResponseBytes)
          : readBounded(response, operationId, maxResponseBytes);
      await response.body?.cancel();
      const target = resolve(location, request.url);
      if (target?.origin !== origin) {
        throw new RedirectError(
          `${operationId}: HTTP ${response.status} redirect to another origin; not followed`,
          operationId,
          response.status,
          location,
        );
      }
      if (redirects >= MAX_REDIRECTS) {
        throw new RedirectError(
          `${operationId}: more than ${MAX_REDIRECTS} redirects`,
          operationId,
          response.status,
          location,
        );
      }
      request = await redirected(spare, target, response.status);
    }
  };
}

function resolve(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/** The request a browser would send next (Fetch standard): 303, and 301/302 after a POST, become a GET without body. */
async function redirected(request: Request, target: URL, status: number): Promise<Request> {
  const toGet =
    (status === 303 && request.method !== "HEAD") ||
    ((status === 301 || status === 302) && request.method === "POST");
  const headers = new Headers(request.headers);
  if (toGet) headers.delete("content-type");
  return new Request(target, {
    method: toGet ? "GET" : request.method,
    headers,
    body: toGet || request.body === null ? null : await request.arrayBuffer(),
    redirect: "manual",
    signal: request.signal,
  });
}

async function readBounded(
  response: Response,
  operationId: string,
  limit: number,
): Promise<Response> {
  if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  const tooLarge = new ResponseTooLargeError(operationId, response.status, limit);
  const declared = Number(response.headers.get("content-length"));
  if (!response.headers.has("content-encoding") && declared > limit) {
    await response.body.cancel();
    throw tooLarge;
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
      throw tooLarge;
    }
    chunks.push(value);
  }
  return new Response(Buffer.concat(chunks), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The response with a body that errors with `ResponseTooLargeError` once it grows past `limit`. */
function limitStream(response: Response, operationId: string, limit: number): Response {
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
