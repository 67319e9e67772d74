import { describe, expect, it } from "vitest";
import { fetchBounded, limitStream, readBoundedBody, type Exchange } from "./bounded-fetch.js";
import { RedirectError, ResponseTooLargeError } from "./errors.js";

/** An exchange whose fetch answers from `answers` in turn and records what it was sent. */
function exchange(answers: Array<() => Response>, body?: BodyInit, maxResponseBytes = 100) {
  const sent: Array<{ method: string; url: string; type: string | null; body: string }> = [];
  const ex: Exchange = {
    operationId: "op",
    maxResponseBytes,
    body,
    dispatched: false,
    fetch: async (request) => {
      sent.push({
        method: request.method,
        url: request.url,
        type: request.headers.get("content-type"),
        body: await request.text(),
      });
      const answer = answers[sent.length - 1];
      if (!answer) throw new Error("no more answers");
      return answer();
    },
  };
  return { ex, sent };
}
const redirect = (status: number, location: string) => () =>
  new Response(null, { status, headers: { location } });
const ok = () => new Response("done");
const post = (body: BodyInit) =>
  new Request("https://api.test/things", {
    method: "POST",
    body,
    headers: { "content-type": "text/plain" },
    redirect: "manual",
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  });
/** A body stream of `text`, one chunk. */
const streamOf = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

describe("fetchBounded: redirects", () => {
  it.each([
    [301, "POST", ""],
    [302, "POST", ""],
    [303, "POST", ""],
  ])("a %i after a POST becomes a GET without body or content type", async (status) => {
    const { ex, sent } = exchange([redirect(status, "/v2"), ok], "x=1");
    const response = await fetchBounded(ex, post("x=1"));
    expect(await response.text()).toBe("done");
    expect(sent[1]).toEqual({ method: "GET", url: "https://api.test/v2", type: null, body: "" });
  });

  it.each([307, 308])("a %i keeps the method, the body and its type", async (status) => {
    const { ex, sent } = exchange([redirect(status, "https://api.test/v2"), ok], "x=1");
    await fetchBounded(ex, post("x=1"));
    expect(sent[1]).toEqual({
      method: "POST",
      url: "https://api.test/v2",
      type: "text/plain",
      body: "x=1",
    });
  });

  it("a 301 or 302 after a PUT keeps the method; a 303 after HEAD stays HEAD", async () => {
    const put = new Request("https://api.test/a", { method: "PUT", body: "b", redirect: "manual" });
    const first = exchange([redirect(302, "/b"), ok], "b");
    await fetchBounded(first.ex, put);
    expect(first.sent[1]).toMatchObject({ method: "PUT", body: "b" });
    const head = new Request("https://api.test/a", { method: "HEAD", redirect: "manual" });
    const second = exchange([redirect(303, "/b"), () => new Response(null)]);
    await fetchBounded(second.ex, head);
    expect(second.sent[1]).toMatchObject({ method: "HEAD", url: "https://api.test/b" });
  });

  it("a stream body is sent again, from a copy, on each redirect", async () => {
    const { ex, sent } = exchange([redirect(307, "/b"), redirect(307, "/c"), ok], streamOf("s"));
    await fetchBounded(ex, post(streamOf("s")));
    expect(sent.map((s) => [s.url, s.body])).toEqual([
      ["https://api.test/things", "s"],
      ["https://api.test/b", "s"],
      ["https://api.test/c", "s"],
    ]);
  });

  it("five redirects are followed, the sixth is refused; so is an unreadable Location", async () => {
    const five = exchange([...Array.from({ length: 5 }, () => redirect(302, "/again")), ok]);
    await fetchBounded(five.ex, new Request("https://api.test/a", { redirect: "manual" }));
    expect(five.sent).toHaveLength(6);
    const six = exchange(Array.from({ length: 6 }, () => redirect(302, "/again")));
    const error = await fetchBounded(
      six.ex,
      new Request("https://api.test/a", { redirect: "manual" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ message: "op: more than 5 redirects", status: 302 });
    const bad = exchange([redirect(302, "http://[::1")]);
    await expect(
      fetchBounded(bad.ex, new Request("https://api.test/a", { redirect: "manual" })),
    ).rejects.toMatchObject({
      message: "op: HTTP 302 redirect to another origin; not followed",
      location: "http://[::1",
    });
  });

  it("a redirect status without Location is returned as the answer; the exchange is dispatched", async () => {
    const { ex } = exchange([() => new Response("gone", { status: 302 })]);
    expect(ex.dispatched).toBe(false);
    const response = await fetchBounded(ex, new Request("https://api.test/a"));
    expect(ex.dispatched).toBe(true);
    expect([response.status, await response.text()]).toEqual([302, "gone"]);
  });
});

describe("fetchBounded: a failure's body", () => {
  it("is read into memory up to maxResponseBytes, keeping status and headers", async () => {
    const failure = () =>
      new Response(streamOf("x".repeat(100)), {
        status: 500,
        statusText: "Oops",
        headers: { "x-id": "1" },
      });
    const response = await fetchBounded(exchange([failure]).ex, new Request("https://api.test"));
    expect([response.status, response.statusText, response.headers.get("x-id")]).toEqual([
      500,
      "Oops",
      "1",
    ]);
    expect(await response.text()).toHaveLength(100);
    const over = () => new Response(streamOf("x".repeat(101)), { status: 500 });
    await expect(
      fetchBounded(exchange([over]).ex, new Request("https://api.test")),
    ).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});

describe("readBoundedBody", () => {
  it("reads a body of exactly the limit; one byte more is refused with the status", async () => {
    const exact = await readBoundedBody(new Response(streamOf("abcd")), "op", 4);
    expect(new TextDecoder().decode(exact)).toBe("abcd");
    const error = await readBoundedBody(
      new Response(streamOf("abcde"), { status: 201 }),
      "op",
      4,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "ResponseTooLargeError",
      status: 201,
      maxResponseBytes: 4,
    });
  });

  it("joins the chunks of a body in order", async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of ["ab", "cd", "e"]) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
    const bytes = await readBoundedBody(new Response(chunks), "op", 10);
    expect(new TextDecoder().decode(bytes)).toBe("abcde");
  });

  it("refuses a declared length over the limit unread, unless the body is compressed", async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled = true;
        controller.enqueue(new Uint8Array(1));
        controller.close();
      },
    });
    const declared = new Response(body, { headers: { "content-length": "5" } });
    await expect(readBoundedBody(declared, "op", 4)).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(pulled).toBe(false);
    const exact = new Response(streamOf("abcd"), { headers: { "content-length": "4" } });
    expect(await readBoundedBody(exact, "op", 4)).toHaveLength(4);
    // The declared length of a compressed body is the compressed size: the bytes decide.
    const compressed = new Response(streamOf("ab"), {
      headers: { "content-length": "500", "content-encoding": "gzip" },
    });
    expect(await readBoundedBody(compressed, "op", 4)).toHaveLength(2);
  });

  it("statuses without a body read as empty", async () => {
    expect(await readBoundedBody(new Response(null, { status: 204 }), "op", 1)).toHaveLength(0);
    expect(await readBoundedBody(new Response(null), "op", 1)).toHaveLength(0);
  });
});

describe("limitStream", () => {
  it("passes a body of exactly the limit and errors once it grows past it", async () => {
    expect(await limitStream(new Response(streamOf("abcd")), "op", 4).text()).toBe("abcd");
    const limited = limitStream(new Response(streamOf("abcde"), { status: 206 }), "op", 4);
    expect(limited.status).toBe(206);
    await expect(limited.text()).rejects.toMatchObject({
      name: "ResponseTooLargeError",
      status: 206,
    });
  });

  it("returns a response without a body as it is", () => {
    const empty = new Response(null, { status: 204 });
    expect(limitStream(empty, "op", 1)).toBe(empty);
  });
});
