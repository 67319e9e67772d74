import { describe, expect, it } from "vitest";
import { isRetryableStatus, retryDelayMs } from "./retry.js";

const NOW = Date.parse("Wed, 21 Oct 2026 07:28:00 GMT");
const now = () => NOW;
const random = () => 1;

describe("retryDelayMs", () => {
  it("takes Retry-After in seconds", () => {
    expect(retryDelayMs(1, "2", {}, random, now)).toBe(2_000);
    expect(retryDelayMs(1, "0.15", {}, random, now)).toBe(150);
  });

  it("takes Retry-After as an HTTP date, relative to now", () => {
    expect(retryDelayMs(1, "Wed, 21 Oct 2026 07:28:10 GMT", {}, random, now)).toBe(10_000);
  });

  it("a date in the past means now", () => {
    expect(retryDelayMs(1, "Wed, 21 Oct 2026 07:27:00 GMT", {}, random, now)).toBe(0);
  });

  it("caps Retry-After at maxDelayMs, seconds and dates alike (default 30 s)", () => {
    expect(retryDelayMs(1, "120", { maxDelayMs: 5_000 }, random, now)).toBe(5_000);
    expect(retryDelayMs(1, "Wed, 21 Oct 2026 08:28:00 GMT", {}, random, now)).toBe(30_000);
  });

  it("without Retry-After: base·2^(retry−1) with jitter in [50 %, 100 %], capped", () => {
    expect(retryDelayMs(3, undefined, { baseDelayMs: 100 }, () => 1, now)).toBe(400);
    expect(retryDelayMs(3, undefined, { baseDelayMs: 100 }, () => 0, now)).toBe(200);
    expect(retryDelayMs(10, undefined, { baseDelayMs: 100, maxDelayMs: 1_000 }, random, now)).toBe(
      1_000,
    );
    expect(retryDelayMs(1, "soon", { baseDelayMs: 100 }, random, now)).toBe(100);
  });
});

describe("isRetryableStatus", () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [404, false],
    [409, false],
  ])("%i → %s", (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it("adds the spec's in-progress statuses", () => {
    expect(isRetryableStatus(409, [409])).toBe(true);
  });
});
