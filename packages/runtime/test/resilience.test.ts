import { inspect } from "node:util";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from "../src/errors.js";
import { createKeyed, createThing, getThing, ok, SECRET, setup } from "./fault-client.js";

describe("retries", () => {
  it("retries 503 with exponential backoff, then succeeds, counting attempts", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 503, body: {} },
      { kind: "json", status: 503, body: {} },
      ok,
    ]);
    const result = await core.call(getThing, { path: { id: "t1" } }).withResponse();
    expect(result.data).toEqual({ id: "t1" });
    expect(result.attempts).toBe(3);
    const gaps = [server.seen[1]!.at - server.seen[0]!.at, server.seen[2]!.at - server.seen[1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(19);
    expect(gaps[1]).toBeGreaterThanOrEqual(39);
    // Upper bound wide enough for a loaded 2-core machine, still far below an uncapped backoff.
    expect(gaps[1]).toBeLessThan(1_000);
  });

  it("honours Retry-After on 429", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 429, body: {}, headers: { "retry-after": "0.15" } },
      ok,
    ]);
    await core.request(getThing, { path: { id: "t1" } });
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(145);
  });

  it("retries 408 Request Timeout", async () => {
    const { core, server } = await setup([{ kind: "json", status: 408, body: {} }, ok]);
    const result = await core.call(getThing, { path: { id: "t1" } }).withResponse();
    expect(result.attempts).toBe(2);
    expect(server.seen).toHaveLength(2);
  });

  it("gives up after maxRetries with the typed error and its attempt count", async () => {
    const { core, server } = await setup(
      [{ kind: "json", status: 500, body: { code: "boom", message: "down" } }],
      { maxRetries: 1 },
    );
    const error = (await core
      .request(getThing, { path: { id: "t1" } })
      .catch((e: unknown) => e)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(2);
    expect(server.seen).toHaveLength(2);
  });

  it("never retries a POST without an idempotency key", async () => {
    const { core, server } = await setup([{ kind: "json", status: 503, body: {} }, ok]);
    await expect(core.request(createThing, { body: { a: 1 } })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(server.seen).toHaveLength(1);
  });

  it("retries a keyed POST and sends the same key on every attempt", async () => {
    const { core, server } = await setup([
      { kind: "drop" },
      { kind: "json", status: 409, body: {} },
      ok,
    ]);
    const result = await core.call(createKeyed, { body: { a: 1 } }).withResponse();
    const keys = server.seen.map((s) => s.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(result.idempotencyKey).toBe(keys[0]);
  });

  it("retries dropped connections and cut-off bodies on GET", async () => {
    const { core, server } = await setup([{ kind: "drop" }, { kind: "truncate", status: 200 }, ok]);
    expect(await core.request(getThing, { path: { id: "t1" } })).toEqual({ id: "t1" });
    expect(server.seen).toHaveLength(3);
  });
});

describe("every failure is the right typed error", () => {
  it.each([
    [404, NotFoundError],
    [401, AuthenticationError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
  ] as const)("HTTP %i", async (status, Class) => {
    const { core } = await setup(
      [
        {
          kind: "json",
          status,
          body: { code: "c1", message: "m" },
          headers: { "x-request-id": "req_42" },
        },
      ],
      { maxRetries: 0 },
    );
    const error = (await core
      .request(getThing, { path: { id: "x" } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.requestId, error.attempts]).toEqual([
      status,
      "c1",
      "req_42",
      1,
    ]);
  });

  it("a dropped connection that stays dropped is a ConnectionError", async () => {
    const { core } = await setup([{ kind: "drop" }], { maxRetries: 1 });
    const error = (await core
      .request(getThing, { path: { id: "x" } })
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(2);
  });

  it("invalid JSON in a success body is an InvalidResponseError", async () => {
    const { core } = await setup([{ kind: "invalid-json", status: 200 }], { maxRetries: 0 });
    await expect(core.request(getThing, { path: { id: "x" } })).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });
});

describe("timeouts and cancellation", () => {
  it("times out at the timeout, well before the answer, as a TimeoutError", async () => {
    const { core } = await setup([{ kind: "delay", ms: 2_000, then: ok }], {
      maxRetries: 0,
      timeoutMs: 300,
    });
    const started = performance.now();
    const error = await core.request(getThing, { path: { id: "x" } }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(299);
    // The server answers after 2 s: finishing well before proves the timeout cut the attempt.
    expect(elapsed).toBeLessThan(1_500);
  });

  it("a per-call timeout overrides the client's", async () => {
    const { core } = await setup([{ kind: "delay", ms: 2_000, then: ok }], {
      maxRetries: 0,
      timeoutMs: 5_000,
    });
    await expect(
      core.request(getThing, { path: { id: "x" } }, { timeoutMs: 100 }),
    ).rejects.toBeInstanceOf(TimeoutError);
  });

  it("the caller's abort rejects with the caller's reason and is not retried", async () => {
    const { core, server } = await setup([{ kind: "delay", ms: 2_000, then: ok }]);
    const controller = new AbortController();
    const outcome = core
      .request(getThing, { path: { id: "x" } }, { signal: controller.signal })
      .catch((error: unknown) => error);
    // Abort once the request is in flight, however slow a loaded machine is to send it.
    await vi.waitFor(() => expect(server.seen).toHaveLength(1));
    const reason = new Error("user cancelled");
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    expect(server.seen).toHaveLength(1);
  });

  it("timeoutMs: Infinity on a call switches the client's timeout off", async () => {
    const { core } = await setup([{ kind: "delay", ms: 400, then: ok }], {
      maxRetries: 0,
      timeoutMs: 100,
    });
    await expect(
      core.request(getThing, { path: { id: "x" } }, { timeoutMs: Infinity }),
    ).resolves.toEqual({ id: "t1" });
  });

  it("without a timeout, the caller's abort still ends an in-flight call with its reason", async () => {
    const { core, server } = await setup([{ kind: "delay", ms: 2_000, then: ok }], {
      timeoutMs: Infinity,
    });
    const controller = new AbortController();
    const started = performance.now();
    const outcome = core
      .request(getThing, { path: { id: "x" } }, { signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.waitFor(() => expect(server.seen).toHaveLength(1));
    const reason = new Error("user cancelled");
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(server.seen).toHaveLength(1);
  });
});

describe("secrets never leak", () => {
  it("appear in no error message, log line, hook or inspected object of the fault suite", async () => {
    const seenByHooks: unknown[] = [];
    const { core, lines } = await setup(
      [
        { kind: "json", status: 503, body: { message: "upstream down" } },
        { kind: "drop" },
        { kind: "json", status: 401, body: { code: "authentication_failure", message: "bad key" } },
      ],
      { onRequest: (info) => seenByHooks.push(info), onResponse: (info) => seenByHooks.push(info) },
    );
    const error = await core.request(getThing, { path: { id: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const everything = [
      String(error),
      (error as Error).message,
      inspect(error),
      inspect(core),
      JSON.stringify(seenByHooks),
      ...lines,
    ].join("\n");
    expect(lines.length).toBeGreaterThan(3);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(Buffer.from(`${SECRET}:`).toString("base64"));
    expect(JSON.stringify(seenByHooks)).toContain("[redacted]");
  });
});

describe("types", () => {
  it("narrows the provider's error code", () => {
    type Code = "not_found" | "used_token";
    const error = new ApiError<{ code: Code }, Code>({
      status: 404,
      operationId: "x",
      body: { code: "not_found" },
      code: "not_found",
      requestId: undefined,
      headers: {},
    });
    expectTypeOf(error.code).toEqualTypeOf<Code | undefined>();
    if (error.code === "used_token") expectTypeOf(error.code).toEqualTypeOf<"used_token">();
    // @ts-expect-error not one of the provider's codes
    expect(error.code === "no_such_code").toBe(false);
  });
});
