import {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  mergeHeaders,
  removeTrailingSlash,
} from "openapi-fetch";
import { fetchBounded, type Exchange } from "./bounded-fetch.js";
import type { OperationPlan } from "./operation-plan.js";
import type { HttpMethod } from "./spec.js";

/** One attempt's request, before it is built. */
export interface WireRequest {
  readonly method: HttpMethod;
  readonly plan: OperationPlan;
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
  readonly headers: Record<string, string>;
  readonly signal: AbortSignal | undefined;
}

/** What came back: the response, and a failure's body as openapi-fetch gives it (parsed JSON, else text). */
export interface WireResult {
  response: Response;
  error: unknown;
}

const querySerializer = createQuerySerializer();
const JSON_CONTENT_TYPE = { "Content-Type": "application/json" };

/**
 * Builds the request exactly as an openapi-fetch client without middleware does (its URL, query and
 * header helpers, JSON content type by default), and sends it with `fetchBounded`. Calling those
 * helpers directly rather than the client's `request` skips the client's per-call work this runtime
 * does not use: a second header merge for the body serializer, a query serializer built per call,
 * options spread three times.
 */
export async function sendWireRequest(exchange: Exchange, wire: WireRequest): Promise<WireResult> {
  const { plan } = wire;
  // Every EncodedBody is a BodyInit; TypeScript's DOM types want a Uint8Array over an ArrayBuffer.
  const body = wire.body === undefined ? undefined : (plan.serialize(wire.body) as BodyInit);
  exchange.body = body;
  const request = new Request(
    createFinalURL(plan.pathTemplate, {
      // As the client treats a per-request baseUrl (a server URL given with two trailing slashes).
      baseUrl: removeTrailingSlash(plan.baseUrl),
      params: { path: wire.path, query: wire.query },
      querySerializer,
      pathSerializer: defaultPathSerializer,
    }),
    {
      method: wire.method,
      body: body ?? null,
      headers: mergeHeaders(
        body === undefined || body instanceof FormData ? undefined : JSON_CONTENT_TYPE,
        wire.headers,
        wire.body === undefined ? undefined : plan.contentTypeHeader,
      ),
      signal: wire.signal ?? null,
      redirect: "manual",
    },
  );
  const response = await fetchBounded(exchange, request);
  if (response.ok || !hasBody(response, request.method)) return { response, error: undefined };
  // fetchBounded has read a failure's body already, bounded.
  const text = await response.text();
  try {
    return { response, error: JSON.parse(text) };
  } catch {
    return { response, error: text };
  }
}

/** openapi-fetch's test for a body worth reading. */
function hasBody(response: Response, method: string): boolean {
  return !(
    response.status === 204 ||
    method === "HEAD" ||
    (response.headers.get("Content-Length") === "0" &&
      !response.headers.get("Transfer-Encoding")?.includes("chunked"))
  );
}
