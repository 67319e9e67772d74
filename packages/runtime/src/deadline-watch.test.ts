import { describe, expect, it } from "vitest";
import { DeadlineWatch, type Watched } from "./deadline-watch.js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** An item that records when it expired. */
function item(deadlineIn: number): Watched & { expiredAt: number | undefined } {
  return {
    deadline: performance.now() + deadlineIn,
    expiredAt: undefined,
    expire() {
      this.expiredAt = performance.now();
    },
  };
}

describe("DeadlineWatch", () => {
  it("expires each item once its own deadline has passed, the earliest first", async () => {
    const watch = new DeadlineWatch();
    const late = item(120);
    const early = item(30);
    watch.watch(late, late.deadline!);
    // Earlier than the armed timer: the watch re-arms for it.
    watch.watch(early, early.deadline!);
    await sleep(70);
    expect(early.expiredAt).toBeGreaterThanOrEqual(early.deadline!);
    expect(late.expiredAt).toBeUndefined();
    await sleep(100);
    expect(late.expiredAt).toBeGreaterThanOrEqual(late.deadline!);
  });

  it("never expires an item that was unwatched in time", async () => {
    const watch = new DeadlineWatch();
    const settled = item(20);
    const running = item(40);
    watch.watch(settled, settled.deadline!);
    watch.watch(running, running.deadline!);
    watch.unwatch(settled);
    await sleep(80);
    expect(settled.expiredAt).toBeUndefined();
    expect(running.expiredAt).toBeDefined();
  });

  it("arms again for an item watched after the set was emptied", async () => {
    const watch = new DeadlineWatch();
    const first = item(10);
    watch.watch(first, first.deadline!);
    await sleep(40);
    const second = item(20);
    watch.watch(second, second.deadline!);
    await sleep(60);
    expect(first.expiredAt).toBeDefined();
    expect(second.expiredAt).toBeGreaterThanOrEqual(second.deadline!);
  });
});

describe("DeadlineWatch and the event loop", () => {
  const refTimers = (): number =>
    process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;

  it("keeps the process alive only while something is watched", () => {
    const watch = new DeadlineWatch();
    const idle = refTimers();
    const running = item(10_000);
    watch.watch(running, running.deadline!);
    expect(refTimers()).toBe(idle + 1);
    watch.unwatch(running);
    // The timer stays armed for the next call, but a finished script is not held for 10 s.
    expect(refTimers()).toBe(idle);
    const next = item(10_000);
    watch.watch(next, next.deadline!);
    expect(refTimers()).toBe(idle + 1);
    watch.unwatch(next);
    expect(refTimers()).toBe(idle);
  });
});
