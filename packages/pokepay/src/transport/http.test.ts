import { once } from "node:events";
import { Agent, createServer, type Server } from "node:https";
import { createServer as createTcpServer, type AddressInfo, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ResponseTooLargeError } from "@paygen/runtime";
import { EnvelopeConnectionError, EnvelopeTimeoutError } from "./errors.js";
import { sendForm, type SendOptions } from "./http.js";
import { makeTestCertificates, type TestCertificates } from "./testing/certs.js";

/** What the server saw of one request. */
interface Seen {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

type Answer = (res: import("node:http").ServerResponse, seen: Seen) => void;

let certs: TestCertificates;
let server: Server;
let base: URL;
let agent: Agent;
let answer: Answer;
const seen: Seen[] = [];
const closed: string[] = [];

beforeAll(async () => {
  certs = makeTestCertificates();
  server = createServer({ cert: certs.serverCert, key: certs.serverKey }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: Seen = {
        method: req.method ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(request);
      req.socket.once("close", () => closed.push(req.url ?? ""));
      answer(res, request);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}`);
  agent = new Agent({ ca: certs.ca, keepAlive: true });
});
afterAll(async () => {
  agent.destroy();
  server.closeAllConnections();
  server.close();
});
afterEach(() => {
  seen.length = 0;
  closed.length = 0;
});

const options = (extra: Partial<SendOptions> = {}): SendOptions => ({
  agent,
  operationId: "op",
  headers: {},
  timeoutMs: 5_000,
  maxResponseBytes: 1_000,
  ...extra,
});
const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => expect.unreachable("the call should have failed"),
    (error: unknown) => error,
  );

describe("sendForm", () => {
  it("sends the form with its byte length, form and JSON headers over any method, GET included", async () => {
    answer = (res) => res.end("{}");
    await sendForm(new URL("/ping", base), "GET", "data=é", options({ headers: { "x-a": "1" } }));
    expect(seen).toEqual([
      {
        method: "GET",
        body: "data=é",
        headers: expect.objectContaining({
          "x-a": "1",
          "content-type": "application/x-www-form-urlencoded",
          "content-length": "7",
          accept: "application/json",
        }) as unknown,
      },
    ]);
  });

  it("puts its own content type and length over the caller's", async () => {
    answer = (res) => res.end("{}");
    await sendForm(
      new URL("/", base),
      "POST",
      "a=1",
      options({ headers: { "content-type": "text/plain", "content-length": "99" } }),
    );
    expect(seen[0]?.headers).toMatchObject({
      "content-type": "application/x-www-form-urlencoded",
      "content-length": "3",
    });
  });

  it("answers the status, lower-cased headers (repeated ones joined) and the whole UTF-8 text", async () => {
    answer = (res) => {
      res.writeHead(201, [
        ["X-Request-Id", "r1"],
        ["Set-Cookie", "a=1"],
        ["Set-Cookie", "b=2"],
      ]);
      // A two-byte character split across two chunks.
      const text = Buffer.from('{"name":"ポケペイ"}', "utf8");
      res.write(text.subarray(0, 10));
      setTimeout(() => res.end(text.subarray(10)), 20);
    };
    const response = await sendForm(new URL("/", base), "POST", "", options());
    expect(response).toEqual({
      status: 201,
      headers: expect.objectContaining({
        "x-request-id": "r1",
        "set-cookie": "a=1, b=2",
      }) as unknown,
      text: '{"name":"ポケペイ"}',
    });
  });

  it("accepts an answer of exactly maxResponseBytes and refuses one byte more", async () => {
    answer = (res) => res.end("x".repeat(100));
    expect(
      (await sendForm(new URL("/", base), "GET", "", options({ maxResponseBytes: 100 }))).text,
    ).toHaveLength(100);
    const error = await failure(
      sendForm(
        new URL("/", base),
        "GET",
        "",
        options({ maxResponseBytes: 99, operationId: "big" }),
      ),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ operationId: "big", status: 200, maxResponseBytes: 99 });
  });

  it("times out a late answer with the response phase and its limit, and cuts the connection", async () => {
    answer = () => undefined;
    const error = await failure(
      sendForm(new URL("/late", base), "GET", "", options({ timeoutMs: 150, operationId: "late" })),
    );
    expect(error).toBeInstanceOf(EnvelopeTimeoutError);
    expect(error).toMatchObject({ phase: "response", timeoutMs: 150 });
    expect((error as Error).message).toBe("late: no complete answer within 150 ms");
    await expect.poll(() => closed).toContain("/late");
  });

  it("keeps a connect limit to the handshake: a slower answer after it is not a connect timeout", async () => {
    answer = (res) => setTimeout(() => res.end("{}"), 300);
    const fresh = new Agent({ ca: certs.ca });
    try {
      const response = await sendForm(
        new URL("/", base),
        "GET",
        "",
        options({ agent: fresh, connectTimeoutMs: 100 }),
      );
      expect(response.status).toBe(200);
    } finally {
      fresh.destroy();
    }
  });

  it("gives up on a handshake that never ends with the connect phase and its limit", async () => {
    const silent = createTcpServer((socket: Socket) => socket.on("error", () => undefined));
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
    const fresh = new Agent({ ca: certs.ca });
    try {
      const url = new URL(`https://127.0.0.1:${(silent.address() as AddressInfo).port}/`);
      const error = await failure(
        sendForm(
          url,
          "GET",
          "",
          options({ agent: fresh, connectTimeoutMs: 100, operationId: "hs" }),
        ),
      );
      expect(error).toBeInstanceOf(EnvelopeTimeoutError);
      expect(error).toMatchObject({ phase: "connect", timeoutMs: 100 });
      expect((error as Error).message).toBe("hs: not connected within 100 ms");
    } finally {
      fresh.destroy();
      silent.close();
    }
  });

  it("names a refused connection's code and keeps Node's error as the cause", async () => {
    const closedServer = createTcpServer();
    closedServer.listen(0, "127.0.0.1");
    await once(closedServer, "listening");
    const port = (closedServer.address() as AddressInfo).port;
    closedServer.close();
    await once(closedServer, "close");
    const error = await failure(
      sendForm(new URL(`https://127.0.0.1:${port}/`), "GET", "", options({ operationId: "down" })),
    );
    expect(error).toBeInstanceOf(EnvelopeConnectionError);
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
    expect((error as Error).message).toMatch(/^down: ECONNREFUSED: connect ECONNREFUSED /);
    expect((error as Error).cause).toMatchObject({ code: "ECONNREFUSED" });
  });

  it.each([
    ["a declared length", { "content-length": "100" }],
    ["chunked encoding", {}],
  ])(
    "reports an answer cut off before its end (%s) as a reset connection, not a short success",
    async (_, head) => {
      answer = (res) => {
        res.writeHead(200, head);
        res.write('{"partial":');
        setTimeout(() => res.destroy(), 20);
      };
      const error = await failure(
        sendForm(new URL("/", base), "GET", "", options({ operationId: "cut" })),
      );
      expect(error).toBeInstanceOf(EnvelopeConnectionError);
      expect(error).toMatchObject({ code: "ECONNRESET" });
      expect((error as Error).message).toBe("cut: ECONNRESET: aborted");
    },
  );

  it("rejects with the signal's reason, before sending or while waiting, and cuts the connection", async () => {
    answer = () => undefined;
    const early = await failure(
      sendForm(new URL("/", base), "GET", "", options({ signal: AbortSignal.abort("stop") })),
    );
    expect(early).toBe("stop");
    expect(seen).toEqual([]);
    const controller = new AbortController();
    const pending = sendForm(
      new URL("/wait", base),
      "GET",
      "",
      options({ signal: controller.signal }),
    );
    await expect.poll(() => seen.length).toBe(1);
    controller.abort("later");
    expect(await failure(pending)).toBe("later");
    await expect.poll(() => closed).toContain("/wait");
  });

  it("stands in an AbortError when an aborted signal carries no reason", async () => {
    const signal = { aborted: true, reason: undefined } as unknown as AbortSignal;
    const error = await failure(sendForm(new URL("/", base), "GET", "", options({ signal })));
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: "AbortError", message: "This operation was aborted" });
  });

  it("lets go of the caller's signal once settled: a later abort changes nothing", async () => {
    answer = (res) => res.end("{}");
    const controller = new AbortController();
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, listener: EventListener, opts?: unknown) => {
      added.push(listener);
      add(type, listener, opts as AddEventListenerOptions);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, listener: EventListener) => {
      removed.push(listener);
      remove(type, listener);
    }) as typeof signal.removeEventListener;
    const response = await sendForm(new URL("/", base), "GET", "", options({ signal }));
    expect(response.status).toBe(200);
    expect(added).toHaveLength(1);
    expect(removed).toEqual(added);
    controller.abort();
  });
});
