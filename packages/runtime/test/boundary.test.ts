import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ClientCore } from "../src/client-core.js";
import {
  AuthenticationError,
  ConfigurationError,
  PaginationError,
  RedirectError,
  ResponseTooLargeError,
} from "../src/errors.js";
import { redactText } from "../src/logging.js";
import { paginate } from "../src/paginate.js";
import type { OperationSpec, PaginationSpec } from "../src/spec.js";
import { createKeyed, getThing, ok, otherServer, SECRET, setup, spec } from "./fault-client.js";

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

describe("pagination that does not advance", () => {
  const list = (pagination: PaginationSpec): OperationSpec => ({
    id: "listThings",
    method: "GET",
    path: "/things",
    security: [["key"]],
    pagination,
  });
  const cursor = list({
    style: "cursor",
    items: "items",
    hasMore: "has_more",
    cursor: "cursor",
    cursorItemField: "id",
  });
  const nextCursor = list({
    style: "nextCursor",
    items: "items",
    cursor: "next",
    nextCursor: "next",
  });
  const offset = list({
    style: "offset",
    items: "data",
    total: "total",
    offset: "offset",
    limit: "limit",
  });
  const page = list({ style: "page", items: "items", page: "page", hasNext: "has_next" });
  const pages = list({ style: "pages", items: "data", page: "page", totalPages: "total_pages" });
  const walk = async (
    core: Awaited<ReturnType<typeof setup>>["core"],
    operation: OperationSpec,
    maxPages?: number,
  ): Promise<unknown> => {
    try {
      for await (const _ of paginate(
        core,
        operation,
        { query: {} },
        maxPages === undefined ? {} : { maxPages },
      ));
    } catch (error) {
      return error;
    }
    throw new Error("the walk ended without an error");
  };

  it("a server that keeps answering the same cursor: PaginationError after two requests", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 200, body: { items: [{ id: "same" }], has_more: true } },
    ]);
    const error = await walk(core, cursor);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      operationId: "listThings",
      page: 2,
      message: "listThings: page 2 points back to itself (the cursor does not advance)",
    });
    expect(server.seen.map((s) => s.url)).toEqual(["/things", "/things?cursor=same"]);
  });

  it("the same next cursor again and again", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 200, body: { items: [{ id: "a" }], next: "c1" } },
    ]);
    expect(await walk(core, nextCursor)).toBeInstanceOf(PaginationError);
    expect(server.seen.map((s) => s.url)).toEqual(["/things", "/things?next=c1"]);
  });

  it("an offset the server keeps resetting", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 200, body: { data: [{ id: "a" }], offset: 0, total: 100 } },
    ]);
    expect(await walk(core, offset)).toBeInstanceOf(PaginationError);
    expect(server.seen.map((s) => s.url)).toEqual(["/things", "/things?offset=1"]);
  });

  it("a page number the server keeps resetting to 1", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 200, body: { data: [{ id: "a" }], page: 1, total_pages: 9 } },
    ]);
    expect(await walk(core, pages)).toMatchObject({
      name: "PaginationError",
      page: 2,
      message: "listThings: page 2 points back to itself (the page number does not advance)",
    });
    expect(server.seen.map((s) => s.url)).toEqual(["/things", "/things?page=2"]);
  });

  it("an empty numbered page before the last", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 200, body: { data: [], page: 1, total_pages: 3 } },
    ]);
    expect(await walk(core, pages)).toMatchObject({
      name: "PaginationError",
      message: "listThings: page 1 is empty but claims more pages",
    });
    expect(server.seen).toHaveLength(1);
  });

  it("an empty page that claims more", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 200, body: { items: [], has_more: true } },
    ]);
    const error = await walk(core, cursor);
    expect(error).toMatchObject({
      name: "PaginationError",
      page: 1,
      message: "listThings: page 1 is empty but claims more pages",
    });
    expect(server.seen).toHaveLength(1);
  });

  it("maxPages bounds a walk whose pages always claim a next one", async () => {
    const { core, server } = await setup([
      { kind: "json", status: 200, body: { items: [{ id: "a" }], has_next: true } },
    ]);
    const error = await walk(core, page, 3);
    expect(error).toMatchObject({
      name: "PaginationError",
      page: 4,
      message: "listThings: more than maxPages (3) pages",
    });
    expect(server.seen.map((s) => s.url)).toEqual(["/things", "/things?page=2", "/things?page=3"]);
  });
});

describe("credentials and local errors", () => {
  it.each([
    ["CR/LF", `${SECRET}\r\nx-evil: 1`, "contains control characters (CR, LF, …)"],
    ["a NUL", `${SECRET}\u0000`, "contains control characters (CR, LF, …)"],
    ["an empty string", "", "must be a non-empty string"],
    ["blanks", "   ", "must be a non-empty string"],
  ])(
    "a credential with %s is refused at construction, without its value",
    (_, secretKey, problem) => {
      const error = (() => {
        try {
          new ClientCore(spec, { secretKey } as never);
        } catch (e) {
          return e;
        }
        throw new Error("constructed");
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe(`fault: secretKey ${problem}`);
      expect(inspect(error)).not.toContain(SECRET);
    },
  );

  it.each([
    [
      { "x-note": "a\r\nb" },
      "fault: header x-note has control characters (CR, LF, …) in its value",
    ],
    [{ "bad name": "v" }, 'fault: header name "bad name" is not an HTTP token'],
  ])("client headers are checked at construction: %j", (headers, message) => {
    expect(() => new ClientCore(spec, { secretKey: SECRET, headers } as never)).toThrow(message);
  });

  it("a per-call header with CR/LF is refused before anything is sent", async () => {
    const { core, server, lines } = await setup([ok]);
    const error = await core
      .request(getThing, { path: { id: "t1" } }, { headers: { "x-note": `${SECRET}\n` } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      "getThing: header x-note has control characters (CR, LF, …) in its value",
    );
    expect(server.seen).toEqual([]);
    expect(lines).toEqual([]);
  });

  it("a request fetch refuses to build is a ConfigurationError: no attempt, no retry, nothing sent", async () => {
    const { core, server, lines } = await setup([ok]);
    const error = await core
      .request(getThing, { path: { id: "t1" } }, { headers: { "x-note": "日本" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^getThing: the request could not be built: /);
    expect(error).not.toHaveProperty("attempts");
    expect(server.seen).toEqual([]);
    expect(lines.filter((line) => line.includes("retry"))).toEqual([]);
  });
});

describe("secrets never reach what an error or log exposes", () => {
  it("a server message echoing the key is scrubbed from message, body, inspect and JSON", async () => {
    const echo = {
      code: "authentication_failure",
      message: `invalid key ${SECRET} (key: ${SECRET})`,
    };
    const { core, lines } = await setup([{ kind: "json", status: 401, body: echo }]);
    const error = (await core
      .request(getThing, { path: { id: "t1" } })
      .catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      "getThing failed with HTTP 401 authentication_failure: invalid key [redacted] (key: [redacted])",
    );
    expect(error.body).toEqual({
      code: "authentication_failure",
      message: "invalid key [redacted] (key: [redacted])",
    });
    const everything = [String(error), inspect(error), JSON.stringify(error), ...lines].join("\n");
    expect(everything).not.toContain(SECRET);
  });

  it("the Basic header's base64 and a connection error's cause are scrubbed too", async () => {
    const basic = Buffer.from(`${SECRET}:`).toString("base64");
    const failing = async (): Promise<Response> => {
      throw new TypeError("fetch failed", {
        cause: new Error(`socket said: Basic ${basic} / ${SECRET}`),
      });
    };
    const { core } = await setup([ok], { fetch: failing, maxRetries: 0 });
    const error = await core.request(getThing, { path: { id: "t1" } }).catch((e: unknown) => e);
    expect((error as Error).message).toBe("getThing: socket said: [redacted] / [redacted]");
    const shown = [inspect(error, { depth: 6 }), JSON.stringify(error)].join("\n");
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(basic);
  });
});

describe("redactText", () => {
  it("replaces every occurrence of every secret", () => {
    expect(redactText("a=k3y_1234 b=k3y_1234 c=other_99", ["k3y_1234", "other_99"])).toBe(
      "a=[redacted] b=[redacted] c=[redacted]",
    );
  });

  it("leaves values shorter than 4 characters alone", () => {
    expect(redactText("abc abcd", ["abc"])).toBe("abc abcd");
  });
});

describe("numeric options are range-checked", () => {
  it.each([
    [{ timeoutMs: 2 ** 31 }, "fault: timeoutMs must be a number from 1 to 2147483647"],
    [{ timeoutMs: 0 }, "fault: timeoutMs must be a number from 1 to 2147483647"],
    [{ maxRetries: 99999999999 }, "fault: maxRetries must be a whole number from 0 to 100"],
    [{ maxRetries: 1.5 }, "fault: maxRetries must be a whole number from 0 to 100"],
    [{ baseDelayMs: -1 }, "fault: baseDelayMs must be a number from 0 to 2147483647"],
    [{ maxDelayMs: Number.NaN }, "fault: maxDelayMs must be a number from 0 to 2147483647"],
    [
      { maxResponseBytes: 0 },
      "fault: maxResponseBytes must be a whole number from 1 to 9007199254740991",
    ],
    [{ maxPages: 0 }, "fault: maxPages must be a whole number from 1 to 9007199254740991"],
  ])("at construction: %j", (option, message) => {
    expect(() => new ClientCore(spec, { secretKey: SECRET, ...option } as never)).toThrow(message);
  });

  it("per call, before anything is sent", async () => {
    const { core, server } = await setup([ok]);
    await expect(
      core.request(getThing, { path: { id: "t1" } }, { timeoutMs: 1e12 }),
    ).rejects.toThrow("getThing: timeoutMs must be a number from 1 to 2147483647");
    expect(server.seen).toEqual([]);
  });
});
