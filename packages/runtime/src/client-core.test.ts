import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ClientCore, type ClientOptions } from "./client-core.js";
import {
  ApiError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  InvalidResponseError,
  PaginationError,
} from "./errors.js";
import { paginate } from "./paginate.js";
import type { ClientSpec, OperationSpec } from "./spec.js";
import type { Transport, TransportRequest } from "./transport.js";
import { sendThrough } from "./send-through.js";

const SPEC: ClientSpec = {
  provider: "shop",
  servers: [
    { url: "https://api.shop.test/", environment: "production" },
    { url: "https://sandbox.shop.test/v1/", environment: "sandbox" },
  ],
  securitySchemes: {
    basic: { kind: "basic", username: "user", password: "pass" },
    bearer: { kind: "bearer", tokenParts: ["tokenA", "tokenB"], separator: ":" },
    key: { kind: "apiKey", in: "query", name: "api_key", option: "apiKey" },
  },
  clientHeaders: [{ name: "Shop-Version", option: "version" }],
  errorCodeField: "code",
  requestIdHeader: "X-Shop-Request",
};
const GET: OperationSpec = { id: "getThing", method: "GET", path: "/things/{id}", security: [] };
const POST: OperationSpec = {
  id: "createThing",
  method: "POST",
  path: "/things",
  bodyMediaType: "application/json",
  security: [],
  idempotency: { in: "body", name: "request_key" },
};

/** A client whose fetch answers with `answer` and records every request. */
function client(
  answer: (request: Request) => Response | Promise<Response>,
  options: ClientOptions & Record<string, unknown> = {},
  spec: ClientSpec = SPEC,
) {
  const requests: Request[] = [];
  const core = new ClientCore(spec, {
    ...options,
    fetch: async (request) => {
      requests.push(request);
      return answer(request);
    },
  });
  return { core, requests };
}
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { "content-type": "application/json", ...init.headers },
  });

describe("ClientCore: servers", () => {
  it("uses the first server, or the chosen environment's, without a trailing slash", async () => {
    const first = client(() => json({}));
    await first.core.request(GET, { path: { id: "a" } });
    expect(first.requests[0]!.url).toBe("https://api.shop.test/things/a");
    const sandbox = client(() => json({}), { environment: "sandbox" });
    await sandbox.core.request(GET, { path: { id: "a" } });
    expect(sandbox.requests[0]!.url).toBe("https://sandbox.shop.test/v1/things/a");
    const base = client(() => json({}), { baseUrl: "http://127.0.0.1:9/mock/" });
    await base.core.request(GET, { path: { id: "a" } });
    expect(base.requests[0]!.url).toBe("http://127.0.0.1:9/mock/things/a");
  });

  it("an operation's own servers win, and the environment picks among them", async () => {
    const op: OperationSpec = {
      ...GET,
      servers: [
        { url: "https://files.shop.test", environment: "production" },
        { url: "https://files.sandbox.shop.test", environment: "sandbox" },
      ],
    };
    const sandbox = client(() => json({}), { environment: "sandbox" });
    await sandbox.core.request(op, { path: { id: "a" } });
    expect(sandbox.requests[0]!.url).toBe("https://files.sandbox.shop.test/things/a");
  });

  it("refuses an unknown environment, naming the known ones, and a spec without servers", async () => {
    expect(() => client(() => json({}), { environment: "staging" })).toThrow(
      new ConfigurationError('unknown environment "staging" for shop (known: production, sandbox)'),
    );
    const none = client(() => json({}), {}, { ...SPEC, servers: [] });
    await expect(none.core.request(GET, { path: { id: "a" } })).rejects.toThrow(
      "getThing: the spec declares no server; pass baseUrl",
    );
  });
});

describe("ClientCore: headers and hooks", () => {
  it("sends the client's headers and spec client headers on every request", async () => {
    const { core, requests } = client(() => json({}), {
      headers: { "x-app": "shop-app" },
      version: "2024-01-01",
    });
    await core.request(GET, { path: { id: "a" } });
    expect(requests[0]!.headers.get("x-app")).toBe("shop-app");
    expect(requests[0]!.headers.get("shop-version")).toBe("2024-01-01");
  });

  it("tells onRequest and onResponse the URL, status and a duration", async () => {
    const seen: unknown[] = [];
    const { core } = client(() => json({}, { status: 201 }), {
      onRequest: (info) => seen.push(["request", info.url, info.attempt]),
      onResponse: (info) => seen.push(["response", info.status, info.durationMs >= 0]),
    });
    await core.request(GET, { path: { id: "a" } });
    expect(seen).toEqual([
      ["request", "https://api.shop.test/things/{id}", 1],
      ["response", 201, true],
    ]);
  });

  it("logs each attempt and answer at debug, and each retry at info", async () => {
    const lines: string[] = [];
    let calls = 0;
    const { core } = client(() => (++calls === 1 ? json({}, { status: 503 }) : json({})), {
      logger: { level: "debug", write: (level, message) => lines.push(`${level} ${message}`) },
      random: () => 0,
      baseDelayMs: 1,
    });
    await core.request(GET, { path: { id: "a" } });
    expect(lines.map((line) => line.replace(/\d+ ms/, "N ms"))).toEqual([
      "debug → GET /things/{id} (getThing) attempt 1",
      "debug ← 503 getThing in N ms",
      "info getThing: HTTP 503; retry 1 in N ms",
      "debug → GET /things/{id} (getThing) attempt 2",
      "debug ← 200 getThing in N ms",
    ]);
  });
});

describe("ClientCore: answers", () => {
  it("a 400 is an error and a 399 is not", async () => {
    const bad = client(() => json({ code: "invalid" }, { status: 400 }));
    await expect(bad.core.request(GET, { path: { id: "a" } })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    const odd = client(() => json({ ok: true }, { status: 399 }));
    expect(await odd.core.request(GET, { path: { id: "a" } })).toEqual({ ok: true });
  });

  it("reads the error code only from an object body, and only when it is a string", async () => {
    const error = async (body: unknown) =>
      (await client(() => json(body, { status: 409 }))
        .core.request(GET, { path: { id: "a" } })
        .catch((e: unknown) => e)) as ApiError;
    expect((await error({ code: "taken" })).code).toBe("taken");
    expect((await error({ code: 7 })).code).toBeUndefined();
    expect((await error(["code"])).code).toBeUndefined();
    expect((await error("code")).code).toBeUndefined();
  });

  it("finds the request id in the spec's header, then x-request-id, then request-id", async () => {
    const id = async (headers: Record<string, string>) =>
      (
        await client(() => json({}, { headers }))
          .core.call(GET, { path: { id: "a" } })
          .withResponse()
      ).requestId;
    expect(await id({ "x-shop-request": "r1", "x-request-id": "r2" })).toBe("r1");
    expect(await id({ "x-request-id": "r2", "request-id": "r3" })).toBe("r2");
    expect(await id({ "request-id": "r3" })).toBe("r3");
    expect(await id({})).toBeUndefined();
  });

  it("a success body that is not JSON is an InvalidResponseError", async () => {
    const { core } = client(
      () => new Response("{oops", { headers: { "content-type": "application/json" } }),
    );
    const error = await core.request(GET, { path: { id: "a" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ message: "getThing: the response body is not valid JSON" });
  });

  it("a connection failure names its cause's code and keeps the cause", async () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const { core } = client(() => Promise.reject(new TypeError("fetch failed", { cause })), {
      maxRetries: 0,
    });
    const error = await core.request(GET, { path: { id: "a" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ message: "getThing: ECONNREFUSED" });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("a caller's abort during a retry wait rejects with the caller's reason", async () => {
    const controller = new AbortController();
    const { core, requests } = client(
      () => {
        setTimeout(() => controller.abort(new Error("stop")), 5);
        return json({}, { status: 503 });
      },
      { baseDelayMs: 10_000, random: () => 1 },
    );
    await expect(
      core.request(GET, { path: { id: "a" } }, { signal: controller.signal }),
    ).rejects.toThrow("stop");
    expect(requests).toHaveLength(1);
  });
});

describe("ClientCore: what it refuses and how it shows itself", () => {
  it("paginates only an operation that declares pagination", () => {
    expect(() => paginate(client(() => json({})).core, GET, {})).toThrow(
      new ConfigurationError("getThing is not paginated"),
    );
  });

  it("gives paginate the client's maxPages, which a call's own overrides", async () => {
    const { core } = client(() => json({ data: [{ id: 1 }], has_more: true }), { maxPages: 2 });
    expect(client(() => json({})).core.maxPages).toBeUndefined();
    expect(core.maxPages).toBe(2);
    const list: OperationSpec = {
      id: "listThings",
      method: "GET",
      path: "/things",
      security: [],
      pagination: { style: "page", items: "data", page: "page", hasNext: "has_more" },
    };
    const pages = async (options?: { maxPages: number }) => {
      let count = 0;
      try {
        for await (const _ of paginate(core, list, {}, options).pages()) count += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(PaginationError);
      }
      return count;
    };
    expect(await pages()).toBe(2);
    expect(await pages({ maxPages: 3 })).toBe(3);
  });

  it("shows its provider and no option when inspected", () => {
    const { core } = client(() => json({}), { user: "shop-user", pass: "pa55-secret" });
    expect(inspect(core)).toBe("ClientCore { provider: 'shop' }");
  });

  it("a fetch that rejects with something other than an Error is a plain request failure", async () => {
    const { core } = client(() => Promise.reject("down"), { maxRetries: 0 });
    await expect(core.request(GET, { path: { id: "a" } })).rejects.toMatchObject({
      name: "ConnectionError",
      message: "getThing: request failed",
    });
  });
});

describe("ClientCore: per-call options", () => {
  it("merges the call's query with the arguments' and overrides retry options", async () => {
    let calls = 0;
    const { core, requests } = client(() => (++calls < 3 ? json({}, { status: 503 }) : json({})), {
      maxRetries: 0,
      random: () => 0,
    });
    await core.request(
      GET,
      { path: { id: "a" }, query: { a: 1 } },
      { query: { b: 2 }, maxRetries: 2, baseDelayMs: 1 },
    );
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      "?a=1&b=2",
      "?a=1&b=2",
      "?a=1&b=2",
    ]);
  });

  it("a body idempotency key: the body's own, else the call's, kept beside the other fields", async () => {
    const bodies: unknown[] = [];
    const { core } = client(async (request) => {
      bodies.push(await request.json());
      return json({});
    });
    await core.request(POST, { body: { name: "a", request_key: "given" } });
    await core.request(POST, { body: { name: "b" } }, { idempotencyKey: "from-options" });
    expect(bodies).toEqual([
      { name: "a", request_key: "given" },
      { name: "b", request_key: "from-options" },
    ]);
  });

  it("credentials in the query travel with the call's own query", async () => {
    const op: OperationSpec = { ...GET, security: [["key"]] };
    const { core, requests } = client(() => json({}), { apiKey: "k-123456" });
    await core.request(op, { path: { id: "a" } });
    await core.request(op, { path: { id: "a" }, query: { q: "x" } }, { query: { r: "y" } });
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      "?api_key=k-123456",
      "?q=x&r=y&api_key=k-123456",
    ]);
  });
});

describe("ClientCore: secrets never reach an error", () => {
  it.each([
    ["a Basic password", { user: "shop-user", pass: "pa55-secret" }, "pa55-secret", [["basic"]]],
    ["a bearer token part", { tokenA: "tok-AAAA", tokenB: "tok-BBBB" }, "tok-BBBB", [["bearer"]]],
    ["an API key", { apiKey: "key-SECRET" }, "key-SECRET", [["key"]]],
  ])("%s echoed by the server is redacted", async (_name, options, secret, security) => {
    const op: OperationSpec = { ...GET, security };
    const { core } = client(
      () => json({ code: "bad", message: `invalid credential ${secret}` }, { status: 401 }),
      options,
    );
    const error = (await core
      .request(op, { path: { id: "a" } })
      .catch((e: unknown) => e)) as ApiError;
    expect(JSON.stringify(error.body)).not.toContain(secret);
    expect(JSON.stringify(error.body)).toContain("[redacted]");
  });

  it("the Basic header's base64, echoed back, is redacted too", async () => {
    const op: OperationSpec = { ...GET, security: [["basic"]] };
    const encoded = btoa("shop-user:pa55-secret");
    const { core } = client(() => json({ message: `bad ${encoded}` }, { status: 401 }), {
      user: "shop-user",
      pass: "pa55-secret",
    });
    const error = (await core
      .request(op, { path: { id: "a" } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.body).toEqual({ message: "bad [redacted]" });
  });

  it("a header fetch refuses is a ConfigurationError, not a connection error", async () => {
    const { core } = client(() => json({}));
    const error = await core
      .request(GET, { path: { id: "a" } }, { headers: { "x-bad": "é\u0100" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
  });
});

describe("ClientCore: a custom transport", () => {
  it("refuses a bare transport where a Sender belongs, naming the fix", () => {
    const transport = (async () => ({ status: 200, headers: {}, body: {} })) as Transport;
    expect(() => new ClientCore(SPEC, {}, transport as never)).toThrow(
      new ConfigurationError("shop: wrap a transport in sendThrough(transport)"),
    );
  });

  function withTransport(answer: (request: TransportRequest) => Promise<unknown>) {
    const seen: TransportRequest[] = [];
    const transport: Transport = async (request) => {
      seen.push(request);
      return { status: 200, headers: {}, body: await answer(request) };
    };
    return { core: new ClientCore(SPEC, {}, sendThrough(transport)), seen };
  }

  it("receives the filled, encoded path, the defined query values as strings, and the body", async () => {
    const { core, seen } = withTransport(async () => ({ ok: 1 }));
    expect(
      await core.request(
        { ...GET, path: "/things/{id}/parts/{part}" },
        { path: { id: "a/b c", part: 2 }, query: { n: 1, gone: undefined, s: "x y" } },
      ),
    ).toEqual({ ok: 1 });
    await core.request(POST, { body: { name: "n" } }, { idempotencyKey: "k1" });
    await core.request({ ...GET, path: "/all" }, {});
    expect(
      seen.map(({ method, url, operationId, body }) => ({ method, url, operationId, body })),
    ).toEqual([
      {
        method: "GET",
        url: "https://api.shop.test/things/a%2Fb%20c/parts/2?n=1&s=x+y",
        operationId: "getThing",
        body: undefined,
      },
      {
        method: "POST",
        url: "https://api.shop.test/things",
        operationId: "createThing",
        body: { name: "n", request_key: "k1" },
      },
      { method: "GET", url: "https://api.shop.test/all", operationId: "getThing", body: undefined },
    ]);
    expect("body" in seen[0]!).toBe(false);
    expect(seen[0]!.signal).toBeInstanceOf(AbortSignal);
    expect(seen[0]!.maxResponseBytes).toBe(32 * 1024 * 1024);
  });

  it("a TypeError or RangeError from the transport is a local ConfigurationError; others pass through", async () => {
    for (const thrown of [new TypeError("bad body"), new RangeError("too big")]) {
      const error = await withTransport(() => Promise.reject(thrown))
        .core.request(GET, { path: { id: "a" } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({
        message: `getThing: the request could not be built: ${thrown.message}`,
        cause: thrown,
      });
    }
    const wire = new ConnectionError("getThing: reset", "getThing");
    const passed = await withTransport(() => Promise.reject(wire))
      .core.request(GET, { path: { id: "a" } }, { maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(passed).toBe(wire);
  });
});
