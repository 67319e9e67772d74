import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientCore } from "../src/client-core.js";
import { InvalidResponseError, NotFoundError, ResponseTooLargeError } from "../src/errors.js";
import { encodeForm } from "../src/form.js";
import { encodeMultipart } from "../src/multipart.js";
import { rawBody } from "../src/raw-body.js";
import type { ClientSpec, OperationSpec } from "../src/spec.js";

/** Bodies of every kind, both ways, against a loopback server that answers by path. */
const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
const seen: Array<{ url: string; type: string | undefined; body: Buffer }> = [];
let server: Server;
let core: ClientCore;

const routes: Record<
  string,
  (request: IncomingMessage, body: Buffer, response: ServerResponse) => void
> = {
  "/report.pdf": (_, __, response) =>
    response.writeHead(200, { "content-type": "application/pdf" }).end(PDF),
  "/readme": (_, __, response) =>
    response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("héllo"),
  "/problem": (_, __, response) =>
    response.writeHead(200, { "content-type": "application/problem+json" }).end('{"title":"ok"}'),
  "/gone": (_, __, response) => response.writeHead(204).end(),
  "/empty": (_, __, response) =>
    response.writeHead(200, { "content-type": "text/plain" }).end("ignored"),
  "/broken": (_, __, response) =>
    response.writeHead(200, { "content-type": "application/json" }).end("{no"),
  "/missing": (_, __, response) =>
    response.writeHead(404, { "content-type": "text/plain" }).end("no such file"),
  "/big": (_, __, response) =>
    response
      .writeHead(200, { "content-type": "application/octet-stream" })
      .end(Buffer.alloc(4096, 7)),
  "/upload": (request, body, response) => {
    seen.push({ url: request.url!, type: request.headers["content-type"], body });
    response.writeHead(201, { "content-type": "application/json" }).end('{"stored":true}');
  },
};

const spec: ClientSpec = { provider: "media", servers: [], securitySchemes: {}, clientHeaders: [] };
const get = (path: string, responseBodies?: OperationSpec["responseBodies"]): OperationSpec => ({
  id: `get${path.replace(/\W/g, "")}`,
  method: "GET",
  path,
  security: [],
  ...(responseBodies ? { responseBodies } : {}),
});
const upload = (
  bodyMediaType: string,
  encodeBody?: OperationSpec["encodeBody"],
): OperationSpec => ({
  id: "upload",
  method: "POST",
  path: "/upload",
  bodyMediaType,
  ...(encodeBody ? { encodeBody } : {}),
  security: [],
});

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () =>
      routes[request.url!.split("?")[0]!]!(request, Buffer.concat(chunks), response),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  core = new ClientCore(spec, {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    maxRetries: 0,
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("success bodies as the spec declares them", () => {
  it("binary → a Blob with the exact bytes", async () => {
    const blob = await core.call<Blob>(get("/report.pdf", { "200": "binary" }), {});
    expect(blob).toBeInstanceOf(Blob);
    expect(Buffer.from(await blob.arrayBuffer())).toEqual(PDF);
  });

  it("text → a string, decoded as UTF-8", async () => {
    expect(await core.call(get("/readme", { "2XX": "text" }), {})).toBe("héllo");
  });

  it("+json → parsed, as JSON is by default", async () => {
    expect(await core.call(get("/problem"), {})).toEqual({ title: "ok" });
  });

  it("204 and a declared empty body → undefined", async () => {
    expect(await core.call(get("/gone"), {})).toBeUndefined();
    expect(await core.call(get("/empty", { default: "none" }), {})).toBeUndefined();
  });

  it("JSON that does not parse is an InvalidResponseError with the status", async () => {
    const error = await core.call(get("/broken"), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      status: 200,
      message: "getbroken: the response body is not valid JSON",
    });
  });

  it("a text error body still becomes a typed ApiError", async () => {
    const error = await core
      .call(get("/missing", { "200": "binary" }), {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: "no such file" });
  });
});

describe("asResponse(): the raw Response for large downloads", () => {
  it("streams the body unread; the bytes arrive intact", async () => {
    const response = await core.call(get("/report.pdf", { "200": "binary" }), {}).asResponse();
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.bodyUsed).toBe(false);
    const chunks: Uint8Array[] = [];
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read())
      chunks.push(read.value);
    expect(Buffer.concat(chunks)).toEqual(PDF);
  });

  it("the stream is still bounded by maxResponseBytes", async () => {
    const response = await core
      .call(get("/big", { "200": "binary" }), {}, { maxResponseBytes: 1000 })
      .asResponse();
    await expect(response.arrayBuffer()).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("rejects with the typed error on a failed call", async () => {
    await expect(core.call(get("/missing"), {}).asResponse()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("called after the call started, it gives the response already read", async () => {
    const promise = core.call<Blob>(get("/report.pdf", { "200": "binary" }), {});
    const { data } = await promise.withResponse();
    const response = await promise.asResponse();
    expect(response.status).toBe(200);
    expect(data.size).toBe(PDF.length);
  });
});

describe("request bodies by media type", () => {
  it.each([
    ["application/octet-stream", rawBody, new Blob([PDF]), PDF],
    ["application/pdf", rawBody, new Uint8Array(PDF), PDF],
    ["text/plain", rawBody, "plain text", Buffer.from("plain text")],
    ["application/json", undefined, { a: [1, "x"] }, Buffer.from('{"a":[1,"x"]}')],
    ["application/merge-patch+json", undefined, { a: null }, Buffer.from('{"a":null}')],
    [
      "application/x-www-form-urlencoded",
      encodeForm,
      { a: "1 2", b: { c: "d" } },
      Buffer.from("a=1%202&b[c]=d"),
    ],
  ] as const)("%s is sent as it should be", async (mediaType, encodeBody, body, wire) => {
    seen.length = 0;
    expect(await core.call(upload(mediaType, encodeBody), { body })).toEqual({ stored: true });
    expect(seen[0]!.type).toBe(mediaType);
    expect(seen[0]!.body).toEqual(wire);
  });

  it("multipart/form-data carries file parts and fields with fetch's boundary", async () => {
    seen.length = 0;
    await core.call(upload("multipart/form-data", encodeMultipart), {
      body: { file: new Blob([PDF]), note: "hi" },
    });
    expect(seen[0]!.type).toMatch(/^multipart\/form-data; boundary=/);
    const text = seen[0]!.body.toString("latin1");
    expect(text).toContain('name="note"\r\n\r\nhi');
    expect(text).toContain('name="file"; filename="blob"');
    expect(seen[0]!.body.includes(PDF)).toBe(true);
  });
});
