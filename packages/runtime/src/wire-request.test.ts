import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { Exchange } from "./bounded-fetch.js";
import { encodeForm } from "./form.js";
import { planOperation } from "./operation-plan.js";
import type { OperationSpec } from "./spec.js";
import { sendWireRequest, type WireRequest } from "./wire-request.js";

const BASE = "https://api.example.test/v1";

/** A fetch that records the request it is given and answers `answer()`. */
function recorder(answer: () => Response = () => new Response("{}", { status: 200 })) {
  const seen: Request[] = [];
  return {
    seen,
    fetch: async (request: Request) => {
      seen.push(request);
      return answer();
    },
  };
}

function exchangeFor(fetch: (request: Request) => Promise<Response>): Exchange {
  return {
    fetch,
    operationId: "op",
    maxResponseBytes: 1_000_000,
    body: undefined,
    dispatched: false,
  };
}

async function describeRequest(request: Request) {
  return {
    url: request.url,
    method: request.method,
    headers: [...request.headers],
    body: request.body === null ? null : await request.text(),
    redirect: request.redirect,
  };
}

interface Case {
  name: string;
  base?: string;
  operation: OperationSpec;
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string>;
}

const cases: Case[] = [
  {
    name: "a JSON body with path and query parameters (arrays, objects, reserved characters)",
    operation: {
      id: "op",
      method: "POST",
      path: "/things/{id}/items",
      bodyMediaType: "application/json",
      security: [],
    },
    path: { id: "a b/c" },
    query: {
      q: "a/b?c&d",
      tags: ["x", "y z"],
      filter: { since: "2024-01-01" },
      empty: [],
      gone: undefined,
    },
    body: { amount: 1, nested: { ok: true } },
    headers: { "Api-Version": "1", authorization: "Basic eDo=" },
  },
  {
    name: "a body without a declared media type gets openapi-fetch's JSON content type",
    operation: { id: "op", method: "PUT", path: "/things", security: [] },
    body: { a: 1 },
  },
  {
    name: "a form body: the plan's content type overrides the caller's",
    operation: {
      id: "op",
      method: "POST",
      path: "/forms",
      bodyMediaType: "application/x-www-form-urlencoded",
      encodeBody: encodeForm,
      security: [],
    },
    body: { amount: 100, card: { number: "4242" } },
    headers: { "Content-Type": "text/plain" },
  },
  {
    name: "a server URL that keeps a trailing slash",
    base: "https://api.example.test/v1/",
    operation: { id: "op", method: "DELETE", path: "/things/{id}", security: [] },
    path: { id: 7 },
  },
  {
    name: "no body: no content type",
    operation: {
      id: "op",
      method: "GET",
      path: "/things/{.id}",
      bodyMediaType: "application/json",
      security: [],
      pathStyles: { id: { style: "label", explode: false } },
    },
    path: { id: ["a", "b"] },
    headers: { accept: "application/json" },
  },
];

describe("sendWireRequest", () => {
  it.each(cases)(
    "sends what openapi-fetch's client sends: $name",
    async ({ base = BASE, operation, path, query, body, headers }) => {
      const plan = planOperation(operation, base);
      const ours = recorder();
      await sendWireRequest(exchangeFor(ours.fetch), {
        method: operation.method,
        plan,
        path: path ?? {},
        query: query ?? {},
        body,
        headers: headers ?? {},
        signal: undefined,
      });
      const theirs = recorder();
      const client = createClient({ fetch: theirs.fetch });
      const contentType = body === undefined ? undefined : plan.contentTypeHeader;
      await (
        client.request as unknown as (
          method: string,
          url: string,
          init: Record<string, unknown>,
        ) => Promise<unknown>
      )(operation.method, plan.pathTemplate, {
        baseUrl: plan.baseUrl,
        params: { path: path ?? {}, query: query ?? {} },
        body,
        headers: { ...headers, ...contentType },
        redirect: "manual",
        parseAs: "stream",
        bodySerializer: plan.serialize,
      });
      expect(await describeRequest(ours.seen[0]!)).toEqual(await describeRequest(theirs.seen[0]!));
    },
  );

  const get: WireRequest = {
    method: "GET",
    plan: planOperation({ id: "op", method: "GET", path: "/x", security: [] }, BASE),
    path: {},
    query: {},
    body: undefined,
    headers: {},
    signal: undefined,
  };

  it("keeps the serialized body on the exchange (for a redirect) and marks it dispatched", async () => {
    const { fetch } = recorder();
    const exchange = exchangeFor(fetch);
    const plan = planOperation(
      { id: "op", method: "POST", path: "/x", bodyMediaType: "application/json", security: [] },
      BASE,
    );
    await sendWireRequest(exchange, { ...get, method: "POST", plan, body: { a: 1 } });
    expect(exchange.body).toBe('{"a":1}');
    expect(exchange.dispatched).toBe(true);
  });

  it("hands back a failure's body parsed as JSON, else as text; a success's stays unread", async () => {
    const json = recorder(() => new Response('{"code":"x"}', { status: 400 }));
    expect((await sendWireRequest(exchangeFor(json.fetch), get)).error).toEqual({ code: "x" });
    const text = recorder(() => new Response("not json", { status: 502 }));
    expect((await sendWireRequest(exchangeFor(text.fetch), get)).error).toBe("not json");
    const ok = recorder(() => new Response('{"a":1}', { status: 200 }));
    const result = await sendWireRequest(exchangeFor(ok.fetch), get);
    expect(result.error).toBeUndefined();
    expect(result.response.bodyUsed).toBe(false);
  });

  it("reads no failure body for HEAD or an empty declared length", async () => {
    const head = recorder(() => new Response(null, { status: 404 }));
    expect(
      (await sendWireRequest(exchangeFor(head.fetch), { ...get, method: "HEAD" })).error,
    ).toBeUndefined();
    const empty = recorder(
      () => new Response("", { status: 500, headers: { "content-length": "0" } }),
    );
    expect((await sendWireRequest(exchangeFor(empty.fetch), get)).error).toBeUndefined();
  });

  it("passes the attempt's signal, or none", async () => {
    const { fetch, seen } = recorder();
    const controller = new AbortController();
    await sendWireRequest(exchangeFor(fetch), { ...get, signal: controller.signal });
    controller.abort();
    expect(seen[0]!.signal.aborted).toBe(true);
    await sendWireRequest(exchangeFor(fetch), get);
    expect(seen[1]!.signal.aborted).toBe(false);
  });
});
