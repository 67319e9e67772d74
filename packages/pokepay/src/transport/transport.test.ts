import { randomBytes } from "node:crypto";
import { Agent } from "node:https";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConfigurationError,
  ConnectionError,
  InvalidResponseError,
  ResponseTooLargeError,
  TimeoutError,
  type TransportRequest,
} from "@paygen/runtime";
import { encryptEnvelope } from "./crypto.js";
import {
  createEnvelopeTransport,
  type EnvelopeTransport,
  type EnvelopeTransportOptions,
} from "./envelope-transport.js";
import { EnvelopeConnectionError, EnvelopeResponseError, EnvelopeTimeoutError } from "./errors.js";
import { sendForm } from "./http.js";
import { withRequestId } from "./request-id.js";
import { makeTestCertificates, type TestCertificates } from "./testing/certs.js";
import { openApiHandler } from "./testing/openapi-handler.js";
import { startPeer, type Peer, type PeerAnswer } from "./testing/peer.js";
import { tinyDocument } from "./testing/tiny-document.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const clientId = "8b3f6a1e-5c1d-4e7a-9a0b-000000000001";
const key = randomBytes(32);

let certs: TestCertificates;
beforeAll(() => {
  certs = makeTestCertificates();
});

const options = (extra: Partial<EnvelopeTransportOptions> = {}): EnvelopeTransportOptions => ({
  clientId,
  clientSecret: key.toString("base64url"),
  cert: certs.clientCert,
  key: certs.clientKey,
  ca: certs.ca,
  ...extra,
});

/** What the peer's handler answers next, per path; an echo of the request by default. */
const scripted = new Map<
  string,
  (data: Record<string, unknown>) => PeerAnswer | Promise<PeerAnswer>
>();

describe("the envelope transport over mutual TLS, against the loopback peer", () => {
  let peer: Peer;
  const transports: EnvelopeTransport[] = [];
  const transport = (extra: Partial<EnvelopeTransportOptions> = {}): EnvelopeTransport => {
    const made = createEnvelopeTransport(options(extra));
    transports.push(made);
    return made;
  };
  const call = (
    t: EnvelopeTransport,
    method: TransportRequest["method"],
    path: string,
    body?: Record<string, unknown>,
    extra: Partial<TransportRequest> = {},
  ) =>
    t({
      method,
      url: `${peer.url}${path}`,
      operationId: `test ${method} ${path}`,
      headers: { "x-test": "1" },
      ...(body ? { body } : {}),
      ...extra,
    });

  beforeAll(async () => {
    peer = await startPeer({
      tls: { cert: certs.serverCert, key: certs.serverKey, ca: certs.ca },
      clientId,
      key,
      handler: (method, path, data) =>
        scripted.get(path)?.(data) ?? {
          status: 200,
          body: { method, path, data },
          headers: { "X-Request-Id": "req-1" },
        },
    });
  });
  afterAll(async () => {
    for (const t of transports) t.close();
    await peer?.stop();
  });

  it("sends a GET's fields inside the envelope, as a form, and decrypts the answer", async () => {
    const response = await call(transport(), "GET", "/users/u-1/accounts", {
      page: 2,
      per_page: 10,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      method: "GET",
      path: "/users/u-1/accounts",
      data: { page: 2, per_page: 10 },
    });
    expect(response.headers["x-request-id"]).toBe("req-1");
    const received = peer.received.at(-1)!;
    expect(received.contentType).toBe("application/x-www-form-urlencoded");
    expect(received.partnerCallId).toMatch(UUID_V4);
    expect(Math.abs(Date.parse(received.timestamp) - Date.now())).toBeLessThan(5000);
    expect(received.timestamp).toBe(new Date(received.timestamp).toISOString());
  });

  it("round-trips a POST with UTF-8 text, and sends an empty request_data when there is no body", async () => {
    const t = transport();
    const response = await call(t, "POST", "/transactions/topup", {
      amount: 1000,
      description: "ポケペイでチャージ",
    });
    expect(response.body).toEqual({
      method: "POST",
      path: "/transactions/topup",
      data: { amount: 1000, description: "ポケペイでチャージ" },
    });
    expect((await call(t, "DELETE", "/webhooks/w-1")).body).toEqual({
      method: "DELETE",
      path: "/webhooks/w-1",
      data: {},
    });
  });

  it("uses a fresh partner_call_id for every call (so every retry attempt)", async () => {
    const t = transport();
    await call(t, "GET", "/ping");
    await call(t, "GET", "/ping");
    const [a, b] = peer.received.slice(-2).map((r) => r.partnerCallId);
    expect(a).toMatch(UUID_V4);
    expect(b).toMatch(UUID_V4);
    expect(a).not.toBe(b);
  });

  it("passes on the peer's refusal of a stale timestamp as a 400 with the decrypted body", async () => {
    const response = await call(
      transport({ now: () => new Date(Date.now() - 10 * 60_000) }),
      "GET",
      "/ping",
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      type: "partner_request_expired",
      message: expect.any(String),
    });
  });

  it("passes on the peer's refusal of a reused partner_call_id", async () => {
    const t = transport({ newCallId: () => "5d41402a-bc4b-4a76-b971-9d911017c592" });
    expect((await call(t, "GET", "/ping")).status).toBe(200);
    const again = await call(t, "GET", "/ping");
    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      type: "partner_request_already_done",
      message: "this partner_call_id was already used",
    });
  });

  it("passes on a clear-text error (an unknown partner client) as it is", async () => {
    const response = await call(transport({ clientId: "someone-else" }), "GET", "/ping");
    expect(response).toMatchObject({ status: 400, body: { type: "partner_client_not_found" } });
  });

  it("passes a success without response_data (as /ping answers) through as a plain body", async () => {
    // pokepay-partner-node-sdk src/client.ts: "response_data was not found in response? it maybe Ping?"
    scripted.set("/ping", () => ({
      status: 200,
      raw: JSON.stringify({ type: "ok", message: "pong" }),
    }));
    const response = await call(transport(), "GET", "/ping");
    scripted.delete("/ping");
    expect(response).toMatchObject({ status: 200, body: { type: "ok", message: "pong" } });
  });

  it("is refused without a client certificate: a typed connection error", async () => {
    const bare = new Agent({ ca: certs.ca });
    const error = await sendForm(new URL(`${peer.url}/ping`), "GET", "data=x", {
      agent: bare,
      operationId: "getPing",
      headers: {},
      timeoutMs: 5000,
      maxResponseBytes: 1024,
    }).catch((e: unknown) => e);
    bare.destroy();
    expect(error).toBeInstanceOf(EnvelopeConnectionError);
    expect(error).toBeInstanceOf(ConnectionError);
  });

  it("is refused with a client certificate from another CA", async () => {
    const error = await call(
      transport({ cert: certs.strangerCert, key: certs.strangerKey }),
      "GET",
      "/ping",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvelopeConnectionError);
    expect((error as Error).message).toMatch(/^test GET \/ping: /);
  });

  it("verifies the server's certificate: without the test CA the connection fails", async () => {
    const { ca: _trusted, ...rest } = options();
    const t = createEnvelopeTransport(rest);
    transports.push(t);
    const error = await call(t, "GET", "/ping").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvelopeConnectionError);
    expect((error as EnvelopeConnectionError).code).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it("rejects with EnvelopeTimeoutError (a TimeoutError) when the answer is late", async () => {
    scripted.set(
      "/slow",
      () => new Promise((resolve) => setTimeout(() => resolve({ status: 200, body: {} }), 1500)),
    );
    const started = Date.now();
    const error = await call(transport({ timeoutMs: 200 }), "GET", "/slow").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnvelopeTimeoutError);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1200);
  });

  it("honours the caller's AbortSignal, before and during the call", async () => {
    scripted.set(
      "/slow",
      () => new Promise((resolve) => setTimeout(() => resolve({ status: 200, body: {} }), 1500)),
    );
    const t = transport();
    const count = peer.received.length;
    const early = await call(t, "GET", "/ping", undefined, {
      signal: AbortSignal.abort(new Error("not today")),
    }).catch((e: unknown) => e);
    expect((early as Error).message).toBe("not today");
    expect(peer.received.length).toBe(count);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const late = await call(t, "GET", "/slow", undefined, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect((late as Error).name).toBe("AbortError");
  });

  it.each<[string, PeerAnswer, string, number]>([
    [
      "a proxy's HTML page",
      { status: 502, raw: "<html><body>502 Bad Gateway</body></html>" },
      "not-json",
      502,
    ],
    [
      "a response_data that does not decrypt",
      {
        status: 200,
        raw: JSON.stringify({ response_data: encryptEnvelope(randomBytes(32), { a: 1 }) }),
      },
      "undecryptable",
      200,
    ],
    [
      "a truncated response_data",
      {
        status: 200,
        raw: JSON.stringify({ response_data: encryptEnvelope(key, { a: 1 }).slice(0, 30) }),
      },
      "undecryptable",
      200,
    ],
  ])("turns %s into EnvelopeResponseError with the status", async (_, answer, code, status) => {
    scripted.set("/odd", () => answer);
    const error = await call(transport(), "GET", "/odd").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvelopeResponseError);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code, status, operationId: "test GET /odd" });
  });

  it("stops reading an answer past maxResponseBytes: ResponseTooLargeError, one request", async () => {
    scripted.set("/huge", () => ({ status: 200, raw: " ".repeat(4 * 1024 * 1024) }));
    const before = peer.received.length;
    const error = await call(transport(), "GET", "/huge", undefined, {
      maxResponseBytes: 100_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({
      status: 200,
      maxResponseBytes: 100_000,
      operationId: "test GET /huge",
    });
    expect(peer.received.slice(before).map((r) => r.path)).toEqual(["/huge"]);
  });

  it("decrypts error answers too", async () => {
    scripted.set("/missing", () => ({
      status: 404,
      body: { type: "api_error", message: "not found" },
    }));
    expect(await call(transport(), "GET", "/missing")).toMatchObject({
      status: 404,
      body: { type: "api_error", message: "not found" },
    });
  });

  it.each([
    [
      "a plain-http URL",
      (base: string) => base.replace("https:", "http:") + "/ping",
      /over https only, not http:$/,
    ],
    [
      "a path with a .. segment",
      (base: string) => `${base}/accounts/../ping`,
      /has a "\." or "\.\." segment/,
    ],
    [
      "a relative URL without baseUrl",
      () => "/ping",
      /"\/ping" is not an absolute URL \(give baseUrl/,
    ],
  ])("refuses %s before sending anything", async (_, url, message) => {
    const before = peer.received.length;
    const error = await transport()({
      method: "GET",
      url: url(peer.url),
      operationId: "getPing",
      headers: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^getPing: /);
    expect((error as Error).message).toMatch(message);
    expect(peer.received.length).toBe(before);
  });

  it("names a non-JSON answer's status, content type and first characters", async () => {
    scripted.set("/html", () => ({
      status: 502,
      raw: "  <html>\n\n<body>Bad   Gateway</body></html>",
    }));
    const error = await call(transport(), "GET", "/html").catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'test GET /html: HTTP 502 with a body that is not JSON (text/html; charset=utf-8: "<html> <body>Bad Gateway</body></html>") — not an answer of the Partner API',
    );
  });

  it("says which call's response_data does not decrypt, keeping the cause", async () => {
    scripted.set("/garbled", () => ({
      status: 200,
      raw: JSON.stringify({ response_data: encryptEnvelope(randomBytes(32), { a: 1 }) }),
    }));
    const error = await call(transport(), "GET", "/garbled").catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "test GET /garbled: HTTP 200 whose response_data does not decrypt",
    );
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it("answers an empty or blank body with no body", async () => {
    for (const raw of ["", "  \n "]) {
      scripted.set("/blank", () => ({ status: 200, raw }));
      expect((await call(transport(), "GET", "/blank")).body).toBeUndefined();
    }
  });

  it("shows its client id and base URL but never its secrets, and redacts them from any text", () => {
    const t = transport({ baseUrl: "https://partner.example.test" });
    for (const shown of [String(t), inspect(t)]) {
      expect(shown).toBe(
        `EnvelopeTransport { clientId: '${clientId}', baseUrl: 'https://partner.example.test', clientSecret: '[redacted]', key: '[redacted]' }`,
      );
    }
    expect(t.clientId).toBe(clientId);
    const keyLines = certs.clientKey
      .split(/\r?\n/)
      .filter((line) => line.length >= 16 && !line.startsWith("-----"));
    expect(keyLines.length).toBeGreaterThan(0);
    const leaked = [
      key.toString("base64url"),
      key.toString("base64"),
      key.toString("hex"),
      ...keyLines,
    ].join(" | ");
    const redacted = t.redact(`secrets: ${leaked}`);
    for (const secret of [key.toString("base64"), key.toString("hex"), ...keyLines])
      expect(redacted).not.toContain(secret);
    expect(redacted).toMatch(/^secrets: \[redacted\]/);
  });

  it("redacts each secret whole, the longest first, and key lines however the PEM breaks its lines", () => {
    // A key whose base64 has no `+` or `/`: its URL-safe spelling is then a prefix of the padded one.
    const fixedKey = Buffer.alloc(32, 0x41);
    const crlfKey = certs.clientKey.replace(/\r?\n/g, "\r\n");
    const t = transport({ clientSecret: fixedKey.toString("base64url"), key: crlfKey });
    const keyLines = certs.clientKey
      .split("\n")
      .filter((line) => line.length >= 16 && !line.startsWith("-----"));
    const text = [fixedKey.toString("base64"), fixedKey.toString("hex"), ...keyLines].join(" | ");
    expect(t.redact(text)).toBe(
      Array(2 + keyLines.length)
        .fill("[redacted]")
        .join(" | "),
    );
    expect(t.redact("-----BEGIN PRIVATE KEY-----")).toBe("-----BEGIN PRIVATE KEY-----");
  });

  it("passes a JSON answer that is not an object (null, a number, a string) through as its body", async () => {
    for (const raw of ["null", "42", '"ok"']) {
      scripted.set("/plain", () => ({ status: 200, raw }));
      expect((await call(transport(), "GET", "/plain")).body).toEqual(JSON.parse(raw));
    }
  });

  it("quotes at most the first 60 characters of a non-JSON answer", async () => {
    scripted.set("/long", () => ({ status: 500, raw: `${"x".repeat(59)}yz${"z".repeat(200)}` }));
    const error = await call(transport(), "GET", "/long").catch((e: unknown) => e);
    expect((error as Error).message).toContain(`"${"x".repeat(59)}y")`);
  });

  it("fills request_id once with withRequestId, keeping the caller's", async () => {
    const filled = withRequestId({ amount: 1 });
    expect(filled.request_id).toMatch(UUID_V4);
    const given = { amount: 1, request_id: "0b5e8c1e-8d4f-4d8a-9f57-1f2b3c4d5e6f" };
    expect(withRequestId(given)).toEqual(given);
    expect(withRequestId(undefined).request_id).toMatch(UUID_V4);
    const original = { amount: 1 };
    withRequestId(original);
    expect(original).toEqual({ amount: 1 });
    await call(transport(), "POST", "/transactions/topup", filled);
    expect(peer.received.at(-1)!.requestData["request_id"]).toBe(filled.request_id);
  });
});

describe("the transport against a peer driven by an OpenAPI document", () => {
  let peer: Peer;
  let transport: EnvelopeTransport;
  beforeAll(async () => {
    peer = await startPeer({
      tls: { cert: certs.serverCert, key: certs.serverKey, ca: certs.ca },
      clientId,
      key,
      handler: openApiHandler(tinyDocument),
    });
    transport = createEnvelopeTransport(options({ baseUrl: peer.url }));
  });
  afterAll(async () => {
    transport?.close();
    await peer?.stop();
  });
  const ids = {
    shop_id: "11111111-1111-4111-8111-111111111111",
    customer_id: "22222222-2222-4222-8222-222222222222",
    private_money_id: "33333333-3333-4333-8333-333333333333",
  };
  const topup = (body: Record<string, unknown>) =>
    transport({
      method: "POST",
      url: "/transactions/topup",
      operationId: "createTopupTransaction",
      headers: {},
      body,
    });

  it("answers a valid request with the operation's example", async () => {
    const response = await topup(withRequestId({ ...ids, money_amount: 1000, description: null }));
    expect(response).toMatchObject({
      status: 200,
      body: tinyDocument.paths["/transactions/topup"].post.responses["200"].content[
        "application/json"
      ].example,
    });
    expect(peer.received.at(-1)!.requestData["request_id"]).toMatch(UUID_V4);
  });

  it("answers request data that breaks the schema with invalid_parameters", async () => {
    const response = await topup({ shop_id: "not-a-uuid" });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      type: "invalid_parameters",
      errors: { missing: ["customer_id", "private_money_id"], invalid: ["shop_id"] },
    });
  });

  it("validates a GET's parameters carried in the envelope", async () => {
    const list = (body: Record<string, unknown>) =>
      transport({
        method: "GET",
        url: `${peer.url}/accounts`,
        operationId: "listAccounts",
        headers: {},
        body,
      });
    expect((await list({ page: 1, per_page: 20 })).status).toBe(200);
    expect((await list({ page: 0 })).body).toMatchObject({
      type: "invalid_parameters",
      errors: { invalid: ["page"] },
    });
  });
});
