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

/**
 * What a generated method returns: awaits to the response body, and `.withResponse()` gives the whole
 * ApiResponse (status, headers, raw response, idempotency key, attempts).
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #response: Promise<ApiResponse<T>>;

  constructor(response: Promise<ApiResponse<T>>) {
    this.#response = response;
    // Rejections are observed through then/catch/withResponse; do not report them as unhandled here.
    response.catch(() => undefined);
  }

  withResponse(): Promise<ApiResponse<T>> {
    return this.#response;
  }

  then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.#response.then((r) => r.data).then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }
}
