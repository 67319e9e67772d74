import { TimeoutError } from "./errors.js";

/**
 * The abort signal of one call's attempts: the per-attempt timeout combined with the caller's signal.
 * One AbortController serves every attempt until one is aborted, and one timer serves the whole call:
 * it is armed by the first attempt and, when it fires early for a later attempt, re-armed for what is
 * left of that attempt's time — so a call that succeeds at once pays for one controller and one timer,
 * and the caller's signal is linked by a listener rather than `AbortSignal.any`.
 */
export class CallSignal {
  readonly #timeoutMs: number;
  readonly #operationId: string;
  readonly #caller: AbortSignal | undefined;
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the running attempt times out (`performance.now()` time), or undefined between attempts. */
  #deadline: number | undefined;
  #timedOut: TimeoutError | undefined;

  constructor(timeoutMs: number, operationId: string, caller: AbortSignal | undefined) {
    this.#timeoutMs = timeoutMs;
    this.#operationId = operationId;
    this.#caller = caller;
    caller?.addEventListener("abort", this.#onCallerAbort, { once: true });
  }

  /** The signal for the next attempt; its timeout starts now. */
  startAttempt(): AbortSignal {
    if (this.#controller === undefined || this.#controller.signal.aborted) {
      this.#controller = new AbortController();
      this.#timedOut = undefined;
      if (this.#caller?.aborted) this.#controller.abort(this.#caller.reason);
    }
    this.#deadline = performance.now() + this.#timeoutMs;
    this.#timer ??= setTimeout(this.#onTimer, this.#timeoutMs);
    return this.#controller.signal;
  }

  endAttempt(): void {
    this.#deadline = undefined;
  }

  /** Why the running attempt was aborted (its timeout, else the caller's reason), or undefined. */
  abortReason(): unknown {
    if (this.#timedOut) return this.#timedOut;
    return this.#caller?.aborted ? this.#caller.reason : undefined;
  }

  /** Stops the timer and unlinks the caller's signal; call once the call is settled. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#caller?.removeEventListener("abort", this.#onCallerAbort);
  }

  readonly #onTimer = (): void => {
    this.#timer = undefined;
    if (this.#deadline === undefined) return; // between attempts: the next one arms it again
    const left = this.#deadline - performance.now();
    if (left > 0) {
      this.#timer = setTimeout(this.#onTimer, left);
      return;
    }
    this.#timedOut = new TimeoutError(
      `${this.#operationId}: no response within ${this.#timeoutMs} ms`,
      this.#operationId,
    );
    this.#controller?.abort(this.#timedOut);
  };

  readonly #onCallerAbort = (): void => {
    this.#controller?.abort(this.#caller?.reason);
  };
}
