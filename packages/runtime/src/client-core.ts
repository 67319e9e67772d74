import { ApiPromise, type ApiResponse } from "./api-promise.js";
import { applyAuth, type Credentials } from "./auth.js";
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  InvalidResponseError,
  PaygenError,
} from "./errors.js";
import { INSPECT } from "./inspect.js";
import {
  limitStream,
  readBoundedBody,
  type Exchange,
  type FetchFunction,
} from "./bounded-fetch.js";
import { CallSignal } from "./call-signal.js";
import { checkNumericOptions, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS } from "./limits.js";
import { Logger, redactHeaders, type Hooks, type LoggerOptions } from "./logging.js";
import { checkPathParameters } from "./path-params.js";
import { cookieHeader, parameterHeaders } from "./parameter-headers.js";
import { planOperation, type OperationPlan } from "./operation-plan.js";
import { decodeResponseBody, responseKind } from "./response-body.js";
import { checkCredential, checkHeaders, Redactor } from "./secrets.js";
import type { RequestArgs, RequestOptions } from "./request-types.js";
import { isRetryableStatus, mayRetry, retryDelayMs, type RetryOptions } from "./retry.js";
import type { ClientSpec, OperationSpec, ServerSpec, TokenSource } from "./spec.js";
import type { AttemptResult, PreparedCall, Sender } from "./sender.js";
import { sendWireRequest, type WireResult } from "./wire-request.js";

export type { RequestArgs, RequestOptions } from "./request-types.js";

export interface ClientOptions<Environment extends string = string, Scheme extends string = string>
  extends RetryOptions, Hooks {
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
  /** Per-attempt timeout in milliseconds (default 60 000, at most 2^31 − 1; `Infinity`: none). */
  timeoutMs?: number;
  /** Largest response body accepted, counted after decompression (default 32 MiB). */
  maxResponseBytes?: number;
  /** Most pages a list walk fetches before a `PaginationError` (no limit by default). */
  maxPages?: number;
  /** Log requests, responses and retries (credentials redacted); silent by default. */
  logger?: LoggerOptions;
  /** Source of randomness for backoff jitter (tests). */
  random?: () => number;
}

/**
 * What every generated client delegates to: server selection, auth, serialization, retries with
 * backoff, timeouts, typed errors, pagination. Credentials live in private fields so they never show
 * up in logs or `util.inspect`.
 */
export class ClientCore {
  readonly #spec: ClientSpec;
  readonly #options: ClientOptions & Credentials;
  /** Sends attempts instead of fetch (a custom transport), or undefined. */
  readonly #sender: Sender | undefined;
  readonly #fetch: FetchFunction;
  /** Fetched access tokens, where the spec has token operations. */
  readonly #tokens: TokenSource | undefined;
  readonly #logger: Logger;
  readonly #redactor: Redactor;
  /** Auth headers per operation, for operations whose auth never changes (no fetched tokens). */
  readonly #staticAuth = new Map<string, ReturnType<typeof applyAuth>>();
  /** The client's own headers (`headers` option, then the spec's client headers), built once. */
  readonly #headers: Readonly<Record<string, string>>;
  /** Retry options given to the client, picked once. */
  readonly #retry: RetryOptions;
  readonly #plans = new WeakMap<OperationSpec, OperationPlan>();

  /**
   * `options` carries the runtime's options plus the credential and header options the spec names;
   * `sender` replaces fetch (`sendThrough(transport)`).
   */
  constructor(spec: ClientSpec, options: ClientOptions, sender?: Sender) {
    this.#spec = spec;
    this.#options = { ...options } as ClientOptions & Credentials;
    if (sender !== undefined && typeof sender.send !== "function")
      throw new ConfigurationError(`${spec.provider}: wrap a transport in sendThrough(transport)`);
    this.#sender = sender;
    this.#logger = new Logger(options.logger);
    for (const name of credentialOptions(spec))
      checkCredential(spec.provider, name, options[name as keyof ClientOptions]);
    for (const header of spec.clientHeaders)
      checkHeaders(spec.provider, { [header.name]: this.#options[header.option] ?? "" });
    checkHeaders(spec.provider, options.headers);
    checkNumericOptions(options, `${spec.provider}: `);
    this.#redactor = new Redactor(credentialValues(spec, this.#options), sender?.redact);
    const environment = options.environment;
    if (
      environment !== undefined &&
      !spec.servers.some((server) => server.environment === environment)
    ) {
      const known = spec.servers.map((server) => server.environment).join(", ");
      throw new ConfigurationError(
        `unknown environment "${environment}" for ${spec.provider} (known: ${known})`,
      );
    }
    this.#fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.#headers = clientHeaders(spec, this.#options);
    this.#retry = pick(this.#options);
    if (!spec.tokenCache && hasTokenOperation(spec))
      throw new ConfigurationError(
        `${spec.provider}: a spec with token operations needs a tokenCache`,
      );
    this.#tokens =
      spec.tokenCache &&
      new spec.tokenCache((operation, body) => this.request(operation, { body }));
  }

  /** One call; awaits to the body, `.withResponse()` gives status, headers, attempts, idempotency key. */
  call<Result>(
    operation: OperationSpec,
    args: RequestArgs,
    options: RequestOptions = NO_OPTIONS,
  ): ApiPromise<Result> {
    return new ApiPromise((raw) => this.#send<Result>(operation, args, options, raw));
  }

  /** The body of one call. */
  async request<Result>(
    operation: OperationSpec,
    args: RequestArgs,
    options: RequestOptions = NO_OPTIONS,
  ): Promise<Result> {
    return (await this.#send<Result>(operation, args, options)).data;
  }

  /** The client's `maxPages`, which `paginate` applies unless a call sets its own. */
  get maxPages(): number | undefined {
    return this.#options.maxPages;
  }

  [INSPECT](): string {
    return `ClientCore { provider: '${this.#spec.provider}' }`;
  }

  /** `raw`: a success body is left unread on `response` (streamed, still size-bounded). */
  async #send<Result>(
    operation: OperationSpec,
    args: RequestArgs,
    options: RequestOptions,
    raw = false,
  ): Promise<ApiResponse<Result>> {
    checkPathParameters(operation.id, operation.path, args.path ?? NO_VALUES);
    if (options !== NO_OPTIONS) {
      checkHeaders(operation.id, options.headers);
      checkNumericOptions(options, `${operation.id}: `);
    }
    const auth = this.#staticAuth.get(operation.id) ?? (await this.#auth(operation));
    const headers: Record<string, string> = {
      ...this.#headers,
      ...options.headers,
      ...auth.headers,
    };
    if (options.header !== undefined || options.cookie !== undefined) {
      // Header and cookie parameters: explicit headers and credentials still win.
      const parameters = parameterHeaders(options.header);
      checkHeaders(operation.id, parameters);
      Object.assign(headers, parameters, options.headers, auth.headers);
      const cookies = [cookieHeader(options.cookie), auth.headers["cookie"]].filter(Boolean);
      if (cookies.length > 0) headers["cookie"] = cookies.join("; ");
    }
    let body = args.body;
    // One key for every attempt: a retry must be recognisable as the same request.
    let idempotencyKey: string | undefined;
    if (operation.idempotency) {
      if (operation.idempotency.in === "header") {
        idempotencyKey = options.idempotencyKey ?? globalThis.crypto.randomUUID();
        headers[operation.idempotency.name] = idempotencyKey;
      } else {
        const given = (body as Record<string, unknown> | undefined)?.[operation.idempotency.name];
        idempotencyKey =
          typeof given === "string"
            ? given
            : (options.idempotencyKey ?? globalThis.crypto.randomUUID());
        body = {
          ...(body as Record<string, unknown> | undefined),
          [operation.idempotency.name]: idempotencyKey,
        };
      }
    }
    const query =
      options === NO_OPTIONS && !hasKeys(auth.query)
        ? (args.query ?? NO_VALUES)
        : { ...args.query, ...options.query, ...auth.query };
    const prepared: PreparedCall = {
      raw,
      plan: this.#plan(operation),
      path: args.path ?? NO_VALUES,
      query,
      body,
      headers,
      maxResponseBytes:
        options.maxResponseBytes ?? this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    };
    const retry: RetryOptions =
      options === NO_OPTIONS ? this.#retry : { ...this.#retry, ...pick(options) };
    const maxRetries = retry.maxRetries ?? 2;
    const retryable = mayRetry(operation.method, idempotencyKey !== undefined);
    const signal = new CallSignal(
      options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      operation.id,
      options.signal,
    );
    try {
      return await this.#attempts<Result>(operation, prepared, options, signal, {
        retry,
        maxRetries,
        retryable,
        idempotencyKey,
      });
    } finally {
      signal.dispose();
    }
  }

  async #attempts<Result>(
    operation: OperationSpec,
    prepared: PreparedCall,
    options: RequestOptions,
    signal: CallSignal,
    plan: RetryPlan,
  ): Promise<ApiResponse<Result>> {
    const { retry, maxRetries, retryable, idempotencyKey } = plan;
    const headers = prepared.headers;
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      this.#options.onRequest?.({
        operationId: operation.id,
        method: operation.method,
        url: `${prepared.plan.baseUrl}${operation.path}`,
        headers: redactHeaders(headers),
        attempt,
      });
      if (this.#logger.enabled("debug"))
        this.#logger.log(
          "debug",
          `→ ${operation.method} ${operation.path} (${operation.id}) attempt ${attempt}`,
        );
      let result: AttemptResult;
      try {
        result = await this.#attempt(operation, prepared, signal);
      } catch (error) {
        if (error instanceof ConnectionError) {
          error.attempts = attempt;
          if (retryable && attempt <= maxRetries && !options.signal?.aborted) {
            await this.#wait(operation, attempt, undefined, retry, error.message, options.signal);
            continue;
          }
        }
        throw error;
      }
      if (this.#options.onResponse || this.#logger.enabled("debug")) {
        const durationMs = performance.now() - started;
        this.#options.onResponse?.({
          operationId: operation.id,
          status: result.status,
          headers: redactHeaders(result.headers),
          attempt,
          durationMs,
        });
        this.#logger.log(
          "debug",
          `← ${result.status} ${operation.id} in ${Math.round(durationMs)} ms`,
        );
      }
      const requestId = this.#requestId(result.headers);
      if (result.status < 400) {
        return {
          data: result.body as Result,
          status: result.status,
          headers: result.headers,
          response: result.response,
          idempotencyKey,
          attempts: attempt,
          requestId,
        };
      }
      const error = this.#apiError(operation, result, attempt);
      if (
        retryable &&
        attempt <= maxRetries &&
        isRetryableStatus(result.status, this.#spec.retryStatuses) &&
        !options.signal?.aborted
      ) {
        await this.#wait(
          operation,
          attempt,
          result.headers["retry-after"],
          retry,
          `HTTP ${result.status}`,
          options.signal,
        );
        continue;
      }
      this.#logger.log("warn", this.#redactor.text(error.message));
      throw error;
    }
  }

  async #wait(
    operation: OperationSpec,
    attempt: number,
    retryAfter: string | undefined,
    retry: RetryOptions,
    reason: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const delay = retryDelayMs(attempt, retryAfter, retry, this.#options.random ?? Math.random);
    this.#logger.log(
      "info",
      `${operation.id}: ${this.#redactor.text(reason)}; retry ${attempt} in ${Math.round(delay)} ms`,
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, delay);
      signal?.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  /** One attempt, bounded by the timeout and the caller's signal. */
  async #attempt(
    operation: OperationSpec,
    prepared: PreparedCall,
    signal: CallSignal,
  ): Promise<AttemptResult> {
    const abortSignal = signal.startAttempt();
    try {
      return this.#sender
        ? await this.#sender.send(operation, prepared, abortSignal, (error) =>
            this.#localError(operation, error),
          )
        : await this.#viaFetch(operation, prepared, abortSignal);
    } catch (error) {
      const aborted = signal.abortReason();
      if (aborted !== undefined) throw aborted;
      if (error instanceof PaygenError) throw error;
      if (error instanceof SyntaxError)
        throw new InvalidResponseError(
          `${operation.id}: the response body is not valid JSON`,
          operation.id,
          0,
        );
      throw new ConnectionError(
        `${operation.id}: ${this.#redactor.text(describeCause(error))}`,
        operation.id,
        { cause: this.#redactor.cause(error) },
      );
    } finally {
      signal.endAttempt();
    }
  }

  async #viaFetch(
    operation: OperationSpec,
    prepared: PreparedCall,
    signal: AbortSignal | undefined,
  ): Promise<AttemptResult> {
    const exchange: Exchange = {
      fetch: this.#fetch,
      operationId: operation.id,
      maxResponseBytes: prepared.maxResponseBytes,
      body: undefined,
      dispatched: false,
    };
    let result: WireResult;
    try {
      result = await sendWireRequest(exchange, {
        method: operation.method,
        plan: prepared.plan,
        path: prepared.path,
        query: prepared.query,
        body: prepared.body,
        headers: prepared.headers,
        signal,
      });
    } catch (error) {
      // Building the request failed (a header fetch refuses, a body that does not serialize): nothing was sent.
      if (!exchange.dispatched && !(error instanceof PaygenError))
        throw this.#localError(operation, error);
      throw error;
    }
    const response = result.response;
    // A success body is read here, bounded; a failure's comes parsed as JSON, or as text when it is not JSON.
    if (!response.ok)
      return {
        status: response.status,
        headers: headersOf(response.headers),
        body: result.error,
        response,
      };
    if (prepared.raw) {
      // `.asResponse()`: the body stays unread, still capped by maxResponseBytes.
      const limited = limitStream(response, operation.id, prepared.maxResponseBytes);
      return {
        status: response.status,
        headers: headersOf(response.headers),
        body: undefined,
        response: limited,
      };
    }
    const bytes = await readBoundedBody(response, operation.id, prepared.maxResponseBytes);
    return {
      status: response.status,
      headers: headersOf(response.headers),
      body: decodeResponseBody(
        bytes,
        responseKind(operation, response.status),
        response,
        operation.id,
      ),
      response,
    };
  }

  /** A failure on this side of the wire: a `ConfigurationError`, never retried, no attempt counted. */
  #localError(operation: OperationSpec, error: unknown): ConfigurationError {
    const message = error instanceof Error ? error.message : String(error);
    return new ConfigurationError(
      `${operation.id}: the request could not be built: ${this.#redactor.text(message)}`,
      { cause: this.#redactor.cause(error) },
    );
  }

  /** Credentials for one call; computed once per operation unless a fetched token is involved. */
  async #auth(operation: OperationSpec): Promise<ReturnType<typeof applyAuth>> {
    const cached = this.#staticAuth.get(operation.id);
    if (cached) return cached;
    const fetched =
      (await this.#tokens?.ensureFor(
        this.#spec,
        operation,
        this.#options,
        this.#options.security,
      )) ?? false;
    const auth = applyAuth(this.#spec, operation, this.#options, {
      prefer: this.#options.security,
      ...(this.#tokens ? { fetchedTokens: this.#tokens.current() } : {}),
    });
    if (!fetched) this.#staticAuth.set(operation.id, auth);
    // What the credentials become on the wire (a Basic header's base64, a fetched token) is secret too.
    for (const value of [...Object.values(auth.headers), ...Object.values(auth.query)]) {
      this.#redactor.add(value);
      const credentials = /^(?:Basic|Bearer) (.+)$/i.exec(value)?.[1];
      if (credentials) this.#redactor.add(credentials);
    }
    return auth;
  }

  #plan(operation: OperationSpec): OperationPlan {
    let plan = this.#plans.get(operation);
    if (plan === undefined) {
      plan = planOperation(operation, this.#baseUrl(operation));
      this.#plans.set(operation, plan);
    }
    return plan;
  }

  #baseUrl(operation: OperationSpec): string {
    if (this.#options.baseUrl !== undefined) return this.#options.baseUrl.replace(/\/$/, "");
    const servers = operation.servers ?? this.#spec.servers;
    const server: ServerSpec | undefined = this.#options.environment
      ? (servers.find((s) => s.environment === this.#options.environment) ?? servers[0])
      : servers[0];
    if (!server)
      throw new ConfigurationError(`${operation.id}: the spec declares no server; pass baseUrl`);
    return server.url.replace(/\/$/, "");
  }

  #requestId(headers: Record<string, string>): string | undefined {
    const name = this.#spec.requestIdHeader?.toLowerCase();
    return (name && headers[name]) || headers["x-request-id"] || headers["request-id"] || undefined;
  }

  #apiError(operation: OperationSpec, result: AttemptResult, attempts: number): ApiError {
    const codeField = this.#spec.errorCodeField;
    // A server may echo the key it was given ("invalid key skey_…"): nothing of it reaches the error.
    const body = this.#redactor.value(result.body);
    const code =
      codeField && body !== null && typeof body === "object"
        ? (body as Record<string, unknown>)[codeField]
        : undefined;
    return ApiError.from({
      status: result.status,
      operationId: operation.id,
      body,
      code: typeof code === "string" ? code : undefined,
      requestId: this.#requestId(result.headers),
      headers: this.#redactor.value(result.headers),
      attempts,
    });
  }
}

/** The options of a call that passes none: recognised by identity, so their checks are skipped. */
const NO_OPTIONS: RequestOptions = Object.freeze({});
const NO_VALUES: Record<string, never> = Object.freeze({});

/** What decides, per call, whether and how an attempt is repeated. */
interface RetryPlan {
  retry: RetryOptions;
  maxRetries: number;
  retryable: boolean;
  idempotencyKey: string | undefined;
}

/** The headers every request of a client carries: the `headers` option, then the spec's client headers. */
function clientHeaders(
  spec: ClientSpec,
  options: ClientOptions & Credentials,
): Record<string, string> {
  const headers: Record<string, string> = { ...options.headers };
  for (const header of spec.clientHeaders) {
    const value = options[header.option];
    if (typeof value === "string") headers[header.name] = value;
  }
  return headers;
}

function pick(options: RetryOptions): RetryOptions {
  const out: RetryOptions = {};
  if (options.maxRetries !== undefined) out.maxRetries = options.maxRetries;
  if (options.baseDelayMs !== undefined) out.baseDelayMs = options.baseDelayMs;
  if (options.maxDelayMs !== undefined) out.maxDelayMs = options.maxDelayMs;
  return out;
}

/** Every credential value the client holds, so messages built from input can be scrubbed of them. */
function credentialValues(spec: ClientSpec, options: Credentials): string[] {
  return credentialOptions(spec)
    .map((name) => options[name])
    .filter((value): value is string => typeof value === "string");
}

/** The names of the client options that hold credentials. */
function credentialOptions(spec: ClientSpec): string[] {
  return Object.values(spec.securitySchemes).flatMap((scheme) =>
    scheme.kind === "basic"
      ? [scheme.username, ...(scheme.password ? [scheme.password] : [])]
      : scheme.kind === "bearer"
        ? [...scheme.tokenParts]
        : scheme.kind === "apiKey"
          ? [scheme.option]
          : [],
  );
}

function hasTokenOperation(spec: ClientSpec): boolean {
  return Object.values(spec.securitySchemes).some(
    (scheme) => scheme.kind === "bearer" && scheme.tokenOperation !== undefined,
  );
}

function hasKeys(record: object): boolean {
  for (const _ in record) return true;
  return false;
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
  return (
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : "request failed")
  );
}
