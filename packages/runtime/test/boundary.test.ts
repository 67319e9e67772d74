import { describe, expect, it } from "vitest";
import { RedirectError, ResponseTooLargeError } from "../src/errors.js";
import { createKeyed, getThing, ok, otherServer, setup } from "./fault-client.js";

/** Runs `work` while sampling heap + array buffers every few ms; returns the peak growth in bytes. */
async function peakGrowth(work: () => Promise<unknown>): Promise<number> {
  const used = (): number => {
    const memory = process.memoryUsage();
    return memory.heapUsed + memory.arrayBuffers;
  };
  const before = used();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 5);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, used()) - before;
}

describe("maxResponseBytes", () => {
  it("a 1 MB gzip expanding to 1 GiB stops at the limit: ResponseTooLargeError, one request, bounded memory", async () => {
    const { core, server } = await setup([{ kind: "gzip-bomb", members: 1024 }]);
    let error: unknown;
    const growth = await peakGrowth(async () => {
      error = await core.request(getThing, { path: { id: "bomb" } }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({
      operationId: "getThing",
      status: 200,
      maxResponseBytes: 32 * 1024 * 1024,
    });
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["GET /things/bomb"]);
    expect(growth).toBeLessThan(100 * 1024 * 1024);
  });

  it("a plain body past a per-call limit fails while streaming, without a declared length", async () => {
    const { core, server } = await setup([
      { kind: "large", bytes: 5 * 1024 * 1024, declareLength: false },
    ]);
    const error = await core
      .request(getThing, { path: { id: "big" } }, { maxResponseBytes: 100_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).maxResponseBytes).toBe(100_000);
    expect(server.seen).toHaveLength(1);
  });

  it("a declared content-length past the client's limit fails before the body is read", async () => {
    const { core, server } = await setup(
      [{ kind: "large", bytes: 600 * 1024 * 1024, declareLength: true }],
      { maxResponseBytes: 1024 },
    );
    const error = await core.request(getThing, { path: { id: "big" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(server.seen).toHaveLength(1);
  });

  it("a body of exactly the limit is accepted", async () => {
    const body = { id: "t1" };
    const { core } = await setup([ok], { maxResponseBytes: JSON.stringify(body).length });
    expect(await core.request(getThing, { path: { id: "t1" } })).toEqual(body);
  });
});

describe("redirects", () => {
  it("a 307 to another origin is a RedirectError with the Location; the other origin sees nothing", async () => {
    const elsewhere = await otherServer([ok]);
    const location = `${elsewhere.url}/steal`;
    const { core, server } = await setup([{ kind: "redirect", status: 307, location }]);
    const error = await core
      .request(
        createKeyed,
        { body: { amount: 1 } },
        { headers: { "x-custom": "c1" }, idempotencyKey: "key-1" },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 307, location, operationId: "createKeyed" });
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(["POST /things"]);
    expect(elsewhere.seen).toEqual([]);
  });

  it("a same-origin 307 is followed with the same method, body, key and headers", async () => {
    const { core, server } = await setup([
      { kind: "redirect", status: 307, location: "/things-v2" },
      ok,
    ]);
    const result = await core
      .call(
        createKeyed,
        { body: { amount: 1 } },
        { headers: { "x-custom": "c1" }, idempotencyKey: "key-1" },
      )
      .withResponse();
    expect(result.data).toEqual({ id: "t1" });
    expect(result.attempts).toBe(1);
    expect(
      server.seen.map((s) => [
        s.method,
        s.url,
        s.body,
        s.headers["idempotency-key"],
        s.headers["x-custom"],
      ]),
    ).toEqual([
      ["POST", "/things", '{"amount":1}', "key-1", "c1"],
      ["POST", "/things-v2", '{"amount":1}', "key-1", "c1"],
    ]);
  });

  it("a same-origin 303 becomes a GET without body", async () => {
    const { core, server } = await setup([
      { kind: "redirect", status: 303, location: "/things/t1" },
      ok,
    ]);
    await core.request(createKeyed, { body: { amount: 1 } });
    expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ["POST", "/things", '{"amount":1}'],
      ["GET", "/things/t1", ""],
    ]);
  });

  it("a redirect loop on the origin stops after 5 redirects", async () => {
    const { core, server } = await setup([
      { kind: "redirect", status: 302, location: "/things/loop" },
    ]);
    const error = await core.request(getThing, { path: { id: "loop" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toBe("getThing: more than 5 redirects");
    expect(server.seen).toHaveLength(6);
  });
});
