import { describe, expect, it } from "vitest";
import { CallSignal } from "./call-signal.js";
import { TimeoutError } from "./errors.js";
import { DeadlineWatch } from "./deadline-watch.js";
import { NO_TIMEOUT } from "./limits.js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const aborted = (signal: AbortSignal): Promise<number> =>
  new Promise((resolve) =>
    signal.addEventListener("abort", () => resolve(performance.now()), { once: true }),
  );

describe("CallSignal", () => {
  it("aborts the running attempt with a TimeoutError after timeoutMs", async () => {
    const call = new CallSignal(50, "getThing", undefined);
    const started = performance.now();
    const signal = call.startAttempt()!;
    const at = await aborted(signal);
    expect(at - started).toBeGreaterThanOrEqual(49);
    expect(signal.reason).toBeInstanceOf(TimeoutError);
    expect(call.abortReason()).toBe(signal.reason);
    expect((signal.reason as Error).message).toBe("getThing: no response within 50 ms");
    call.dispose();
  });

  it("keeps one controller for attempts that were not aborted", () => {
    const call = new CallSignal(10_000, "getThing", undefined);
    const first = call.startAttempt();
    call.endAttempt();
    expect(call.startAttempt()).toBe(first);
    call.dispose();
  });

  it("gives a later attempt its whole timeout although the call's timer was armed by the first", async () => {
    const call = new CallSignal(400, "getThing", undefined);
    call.startAttempt();
    await sleep(300);
    call.endAttempt();
    const secondStarted = performance.now();
    const second = call.startAttempt()!;
    const at = await aborted(second);
    // The timer armed by the first attempt fires at ~400 ms; the second attempt's deadline is 400 ms after its start.
    expect(at - secondStarted).toBeGreaterThanOrEqual(399);
    expect(call.abortReason()).toBeInstanceOf(TimeoutError);
    call.dispose();
  });

  it("starts a fresh controller after a timeout", async () => {
    const call = new CallSignal(20, "getThing", undefined);
    const first = call.startAttempt()!;
    await aborted(first);
    call.endAttempt();
    const second = call.startAttempt();
    expect(second).not.toBe(first);
    expect(second!.aborted).toBe(false);
    expect(call.abortReason()).toBeUndefined();
    call.dispose();
  });

  it("passes the caller's abort and reason on, before and during an attempt", async () => {
    const caller = new AbortController();
    const call = new CallSignal(10_000, "getThing", caller.signal);
    const signal = call.startAttempt()!;
    caller.abort(new Error("user cancelled"));
    expect(signal.aborted).toBe(true);
    expect(call.abortReason()).toEqual(new Error("user cancelled"));
    call.endAttempt();
    expect(call.startAttempt()!.reason).toEqual(new Error("user cancelled"));
    call.dispose();
  });

  it("ends an attempt's timeout with the attempt: no deadline, and no abort once it has passed", async () => {
    const call = new CallSignal(30, "getThing", undefined);
    const signal = call.startAttempt()!;
    expect(call.deadline).toBeGreaterThan(0);
    call.endAttempt();
    expect(call.deadline).toBeUndefined();
    await sleep(80);
    expect(signal.aborted).toBe(false);
    expect(call.abortReason()).toBeUndefined();
    call.dispose();
  });

  it("unlinks the caller's signal when disposed: a later abort does not reach the last attempt", () => {
    const caller = new AbortController();
    const call = new CallSignal(10_000, "getThing", caller.signal);
    const signal = call.startAttempt()!;
    call.endAttempt();
    call.dispose();
    caller.abort(new Error("too late"));
    expect(signal.aborted).toBe(false);
  });

  it("stops its timer when disposed", async () => {
    const call = new CallSignal(20, "getThing", undefined);
    const signal = call.startAttempt()!;
    call.dispose();
    await sleep(60);
    expect(signal.aborted).toBe(false);
  });
});

describe("CallSignal without a timeout", () => {
  /** A watch that records what is put on it. */
  class RecordingWatch extends DeadlineWatch {
    watched = 0;
    override watch(...args: Parameters<DeadlineWatch["watch"]>): void {
      this.watched++;
      super.watch(...args);
    }
  }

  it("gives attempts no signal and arms no deadline when the caller gave no signal", () => {
    const watch = new RecordingWatch();
    const call = new CallSignal(NO_TIMEOUT, "getThing", undefined, watch);
    expect(call.startAttempt()).toBeUndefined();
    expect(call.deadline).toBeUndefined();
    call.endAttempt();
    expect(call.abortReason()).toBeUndefined();
    call.dispose();
    expect(watch.watched).toBe(0);
  });

  it("gives attempts the caller's own signal, whose abort and reason still end the call", () => {
    const watch = new RecordingWatch();
    const caller = new AbortController();
    const call = new CallSignal(NO_TIMEOUT, "getThing", caller.signal, watch);
    const signal = call.startAttempt();
    expect(signal).toBe(caller.signal);
    expect(call.abortReason()).toBeUndefined();
    caller.abort(new Error("user cancelled"));
    expect(call.abortReason()).toEqual(new Error("user cancelled"));
    call.endAttempt();
    call.dispose();
    expect(watch.watched).toBe(0);
  });

  it("still watches a finite timeout (the same watch, for contrast)", () => {
    const watch = new RecordingWatch();
    const call = new CallSignal(10_000, "getThing", undefined, watch);
    expect(call.startAttempt()).toBeInstanceOf(AbortSignal);
    expect(call.deadline).toBeGreaterThan(0);
    call.dispose();
    expect(watch.watched).toBe(1);
  });
});
