import { randomUUID } from "node:crypto";
import { inspect } from "node:util";
import createClient, { type Client } from "openapi-fetch";
import { applyAuth, chooseAlternative, isConfigured, type Credentials } from "./auth.js";
import { ApiError, ConfigurationError, ConnectionError } from "./errors.js";
import { encodeForm } from "./form.js";
import type { ClientSpec, OperationSpec, ServerSpec } from "./spec.js";
import { TokenCache } from "./token-cache.js";
import type { Transport } from "./transport.js";

export interface ClientOptions<Environment extends string = string, Scheme extends string = string> {
  /** Which of the spec's servers to talk to; the first one by default. */
  environment?: Environment;
  /**
   * The security scheme to use where an operation allows several. A scheme with a token operation
   * (OAuth2 client credentials) gets its token fetched, cached and renewed by the client.
   */
  security?: Scheme;
  /** Overrides every server URL (a proxy, a mock server). */
  baseUrl?: string;
  /** A fetch implementation (defaults to the global one). */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers for this call (operation header parameters go here). */
  headers?: Record<string, string>;
  /** For operations that accept one; a UUID v4 is generated when omitted. */
  idempotencyKey?: string;
  /** Query parameters of an operation that also takes a body. */
  query?: Record<string, unknown>;
}

export interface RequestArgs {
  path?: Record<string, string | number>;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

type AnyClient = Client<Record<string, Record<string, unknown>>>;
type LooseRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * What every generated client delegates to: server selection, auth, serialization, error mapping.
 * Credentials live in private fields so they never show up in logs or `util.inspect`.
 */
export class ClientCore {
  readonly #spec: ClientSpec;
  readonly #options: ClientOptions & Credentials;
  readonly #transport: Transport | undefined;
  readonly #fetchClient: AnyClient;
  readonly #tokens = new TokenCache((operation, body) => this.request(operation, { body }));

  /** `options` carries the runtime's options plus the credential and header options the spec names. */
  constructor(spec: ClientSpec, options: ClientOptions, transport?: Transport) {
    this.#spec = spec;
    this.#options = { ...options } as ClientOptions & Credentials;
    this.#transport = transport;
    const environment = options.environment;
    if (environment !== undefined && !spec.servers.some((server) => server.environment === environment)) {
      const known = spec.servers.map((server) => server.environment).join(", ");
      throw new ConfigurationError(`unknown environment "${environment}" for ${spec.provider} (known: ${known})`);
    }
    const fetchOption = options.fetch;
    this.#fetchClient = createClient({ ...(fetchOption ? { fetch: fetchOption } : {}) }) as unknown as AnyClient;
  }

  async request<Result>(operation: OperationSpec, args: RequestArgs, options: RequestOptions = {}): Promise<Result> {
    await this.#fetchTokensFor(operation);
    const auth = applyAuth(this.#spec, operation, this.#options, { prefer: this.#options.security, fetchedTokens: this.#tokens.current() });
    const headers: Record<string, string> = { ...this.#options.headers };
    for (const header of this.#spec.clientHeaders) {
      const value = this.#options[header.option];
      if (typeof value === "string") headers[header.name] = value;
    }
    Object.assign(headers, options.headers, auth.headers);
    let body = args.body;
    if (operation.idempotency) {
      const key = options.idempotencyKey ?? randomUUID();
      if (operation.idempotency.in === "header") headers[operation.idempotency.name] = key;
      else body = { [operation.idempotency.name]: key, ...(body as Record<string, unknown> | undefined) };
    }
    const query = { ...args.query, ...options.query, ...auth.query };
    const baseUrl = this.#baseUrl(operation);
    if (this.#transport) {
      return (await this.#viaTransport(operation, baseUrl, args.path ?? {}, query, body, headers, options.signal)) as Result;
    }

    const form = operation.bodyMediaType === "application/x-www-form-urlencoded";
    if (body !== undefined && operation.bodyMediaType) headers["content-type"] = operation.bodyMediaType;
    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      result = await (this.#fetchClient.request as unknown as LooseRequest)(operation.method, operation.path, {
        baseUrl,
        params: { path: args.path ?? {}, query },
        body,
        headers,
        ...(form ? { bodySerializer: encodeForm } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ConnectionError(`${operation.id}: ${describeCause(error)}`, operation.id, { cause: error });
    }
    const { response } = result;
    if (!response.ok) throw this.#apiError(operation, response.status, result.error, headersOf(response.headers));
    return result.data as Result;
  }

  /** Obtains the access tokens the chosen security alternative needs and the caller did not give. */
  async #fetchTokensFor(operation: OperationSpec): Promise<void> {
    const alternative = chooseAlternative(this.#spec, operation, this.#options, this.#options.security);
    for (const name of alternative ?? []) {
      const scheme = this.#spec.securitySchemes[name];
      if (scheme?.kind === "bearer" && scheme.tokenOperation && !isConfigured(scheme, this.#options)) {
        await this.#tokens.ensure(name, scheme.tokenOperation, scheme.scopes);
      }
    }
  }

  [inspect.custom](): string {
    return `ClientCore { provider: '${this.#spec.provider}' }`;
  }

  #baseUrl(operation: OperationSpec): string {
    if (this.#options.baseUrl !== undefined) return this.#options.baseUrl.replace(/\/$/, "");
    const servers = operation.servers ?? this.#spec.servers;
    const server: ServerSpec | undefined = this.#options.environment
      ? (servers.find((s) => s.environment === this.#options.environment) ?? servers[0])
      : servers[0];
    if (!server) throw new ConfigurationError(`${operation.id}: the spec declares no server; pass baseUrl`);
    return server.url.replace(/\/$/, "");
  }

  async #viaTransport(
    operation: OperationSpec,
    baseUrl: string,
    pathParams: Record<string, string | number>,
    query: Record<string, unknown>,
    body: unknown,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(pathParams[name] ?? "")));
    const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
    const response = await this.#transport!({
      method: operation.method,
      url: `${baseUrl}${path}${search ? `?${search}` : ""}`,
      operationId: operation.id,
      ...(body !== undefined ? { body: body as Record<string, unknown> } : {}),
      headers,
      ...(signal ? { signal } : {}),
    });
    if (response.status >= 400) throw this.#apiError(operation, response.status, response.body, response.headers);
    return response.body;
  }

  #apiError(operation: OperationSpec, status: number, body: unknown, headers: Record<string, string>): ApiError {
    const codeField = this.#spec.errorCodeField;
    const code = codeField && body !== null && typeof body === "object" ? (body as Record<string, unknown>)[codeField] : undefined;
    const requestIdHeader = this.#spec.requestIdHeader?.toLowerCase();
    const requestId = (requestIdHeader && headers[requestIdHeader]) || headers["x-request-id"] || headers["request-id"];
    return new ApiError({
      status,
      operationId: operation.id,
      body,
      code: typeof code === "string" ? code : undefined,
      requestId,
      headers,
    });
  }
}

function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : "request failed");
}
