import { describe, expect, it, vi } from "vitest";
import { ApiPromise, type ApiResponse } from "./api-promise.js";

function answer<T>(data: T, response?: Response): ApiResponse<T> {
  return {
    data,
    status: 200,
    headers: {},
    response,
    idempotencyKey: undefined,
    attempts: 1,
    requestId: undefined,
  };
}

describe("ApiPromise", () => {
  it("starts the call once, on its own, even when nobody awaits it", async () => {
    const start = vi.fn(async () => answer("x"));
    const promise = new ApiPromise(start);
    expect(start).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith(false);
    expect(await promise).toBe("x");
    expect((await promise.withResponse()).data).toBe("x");
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("asks for the raw Response when asResponse is called before the call starts", async () => {
    const raw = new Response("{}");
    const start = vi.fn(async () => answer("x", raw));
    expect(await new ApiPromise(start).asResponse()).toBe(raw);
    expect(start).toHaveBeenCalledWith(true);
  });

  it("refuses asResponse on a transport without a raw Response", async () => {
    await expect(new ApiPromise(async () => answer("x")).asResponse()).rejects.toThrow(
      new TypeError("this client's transport gives no raw Response"),
    );
  });

  it("passes data to then, a failure to catch, and runs finally either way", async () => {
    const failure = new Error("down");
    expect(await new ApiPromise(async () => answer(2)).then((n) => n * 2)).toBe(4);
    expect(await new ApiPromise(async () => Promise.reject(failure)).catch((e: unknown) => e)).toBe(
      failure,
    );
    const done = vi.fn();
    expect(await new ApiPromise(async () => answer(1)).finally(done)).toBe(1);
    await expect(new ApiPromise(async () => Promise.reject(failure)).finally(done)).rejects.toBe(
      failure,
    );
    expect(done).toHaveBeenCalledTimes(2);
  });

  it("does not report a failure nobody awaited as an unhandled rejection", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      new ApiPromise(async () => Promise.reject(new Error("ignored")));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});
