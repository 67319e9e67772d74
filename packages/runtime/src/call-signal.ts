import { deadlines, type DeadlineWatch, type Watched } from "./deadline-watch.js";
import { TimeoutError } from "./errors.js";
import { NO_TIMEOUT } from "./limits.js";

/**
 * The abort signal of one call's attempts: the per-attempt timeout combined with the caller's signal.
 * One AbortController serves every attempt until one is aborted; the timeout is a deadline on the
 * shared `DeadlineWatch` rather than a timer per call, and the caller's signal is linked by a
 * listener rather than `AbortSignal.any`. Without a timeout (`NO_TIMEOUT`) there is no controller:
 * attempts get the caller's signal as it is, or none.
 */
export class CallSignal implements Watched {
  readonly #timeoutMs: number;
  readonly #operationId: string;
  readonly #caller: AbortSignal | undefined;
  readonly #watch: DeadlineWatch;
  #controller: AbortController | undefined;
  /** When the running attempt times out (`performance.now()` time), or undefined between attempts. */
  #deadline: number | undefined;
  #timedOut: TimeoutError | undefined;

  constructor(
    timeoutMs: number,
    operationId: string,
    caller: AbortSignal | undefined,
    watch: DeadlineWatch = deadlines,
  ) {
    this.#timeoutMs = timeoutMs;
    this.#operationId = operationId;
    this.#caller = caller;
    this.#watch = watch;
    if (timeoutMs !== NO_TIMEOUT)
      caller?.addEventListener("abort", this.#onCallerAbort, { once: true });
  }

  get deadline(): number | undefined {
    return this.#deadline;
  }

  /** The signal for the next attempt (none without a timeout or a caller's signal); its timeout starts now. */
  startAttempt(): AbortSignal | undefined {
    if (this.#timeoutMs === NO_TIMEOUT) return this.#caller;
    if (this.#controller === undefined || this.#controller.signal.aborted) {
      this.#controller = new AbortController();
      this.#timedOut = undefined;
      if (this.#caller?.aborted) this.#controller.abort(this.#caller.reason);
    }
    this.#deadline = performance.now() + this.#timeoutMs;
    this.#watch.watch(this, this.#deadline);
    return this.#controller.signal;
  }

  endAttempt(): void {
    if (this.#timeoutMs === NO_TIMEOUT) return;
    this.#deadline = undefined;
    this.#watch.unwatch(this);
  }

  /** Why the running attempt was aborted (its timeout, else the caller's reason), or undefined. */
  abortReason(): unknown {
    if (this.#timedOut) return this.#timedOut;
    return this.#caller?.aborted ? this.#caller.reason : undefined;
  }

  /** Leaves the watch and unlinks the caller's signal; call once the call is settled. */
  dispose(): void {
    if (this.#timeoutMs === NO_TIMEOUT) return;
    this.#deadline = undefined;
    this.#watch.unwatch(this);
    this.#caller?.removeEventListener("abort", this.#onCallerAbort);
  }

  /** Called by the watch once the running attempt's deadline has passed. */
  expire(): void {
    this.#timedOut = new TimeoutError(
      `${this.#operationId}: no response within ${this.#timeoutMs} ms`,
      this.#operationId,
    );
    this.#controller?.abort(this.#timedOut);
  }

  readonly #onCallerAbort = (): void => {
    this.#controller?.abort(this.#caller?.reason);
  };
}
