/** Everything about one completed call, for callers who need more than the body. */
export interface ApiResponse<T> {
  data: T;
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** The raw Response (fetch) or undefined for custom transports. */
  response: Response | undefined;
  /** The idempotency key sent, when the operation takes one. */
  idempotencyKey: string | undefined;
  attempts: number;
  requestId: string | undefined;
}

/** Starts a call: `raw` leaves a success body unread, for `asResponse()`. */
export type CallStarter<T> = (raw: boolean) => Promise<ApiResponse<T>>;

/**
 * What a generated method returns: awaits to the response body, `.withResponse()` gives the whole
 * ApiResponse (status, headers, raw response, idempotency key, attempts), and `.asResponse()` the
 * raw `Response` with its body unread, for downloads too large to hold in memory.
 *
 * The call starts in a microtask after the method returns, so `.asResponse()` chained directly onto
 * the method call decides how the body is read; called later, it gives the already-read response.
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #start: CallStarter<T>;
  #response: Promise<ApiResponse<T>> | undefined;

  constructor(start: CallStarter<T>) {
    this.#start = start;
    queueMicrotask(() => this.#started(false));
  }

  #started(raw: boolean): Promise<ApiResponse<T>> {
    if (!this.#response) {
      this.#response = this.#start(raw);
      // Rejections are observed through then/catch/withResponse; do not report them as unhandled here.
      this.#response.catch(() => undefined);
    }
    return this.#response;
  }

  withResponse(): Promise<ApiResponse<T>> {
    return this.#started(false);
  }

  /**
   * The raw `Response` of a successful call, its body a stream still bounded by `maxResponseBytes`
   * but no longer by the timeout. Failures reject as they do when awaited (typed `ApiError`s).
   * Custom transports have no `Response`: this rejects with a `TypeError` for them.
   */
  async asResponse(): Promise<Response> {
    const { response } = await this.#started(true);
    if (!response) throw new TypeError("this client's transport gives no raw Response");
    return response;
  }

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#started(false)
      .then((r) => r.data)
      .then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }
}
