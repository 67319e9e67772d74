import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { Bodies } from "../../generator/test/fixtures/bodies/golden/src/index.js";

/**
 * The generated `bodies` golden package, used as a merchant would: a PDF download is a Blob in its
 * type and at run time, uploads go out as multipart and as raw bytes.
 */
const PDF = Buffer.from("%PDF-1.7\n\u0000\u00ff binary");
const seen: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }> = [];
let server: Server;
let client: Bodies;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({
        method: request.method!,
        url: request.url!,
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      if (request.method === "GET")
        response.writeHead(200, { "content-type": "application/pdf" }).end(PDF);
      else response.writeHead(200, { "content-type": "application/json" }).end('{"id":"doc_1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  client = new Bodies({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    maxRetries: 0,
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a generated client with binary bodies", () => {
  it("a PDF download is a Blob with the server's bytes", async () => {
    const pdf = await client.documents.download("doc_1");
    expectTypeOf(pdf).toEqualTypeOf<Blob>();
    expect(pdf).toBeInstanceOf(Blob);
    expect(Buffer.from(await pdf.arrayBuffer())).toEqual(PDF);
  });

  it("or the raw Response, streamed", async () => {
    const response = await client.documents.download("doc_1").asResponse();
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
  });

  it("a multipart upload carries the file part; a raw replacement sends the bytes as they are", async () => {
    seen.length = 0;
    await client.documents.upload({ file: new Blob([PDF], { type: "application/pdf" }) });
    await client.documents.replace("doc_1", new Uint8Array(PDF));
    expect(seen[0]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]!.body.includes(PDF)).toBe(true);
    expect(seen[1]!.headers["content-type"]).toBe("application/octet-stream");
    expect(seen[1]!.body).toEqual(PDF);
  });

  it("JSON, form and newline-delimited JSON bodies are each written by their media type", async () => {
    seen.length = 0;
    await client.transfers.create({ amount: 500, fail_fast: true });
    await client.tokens.create({ card: { number: "4242 4242", expiration_month: 12 } });
    const lines = '{"id":1}\n{"id":2}\n';
    await client.events.import(lines);
    expect(seen.map((request) => request.headers["content-type"])).toEqual([
      "application/json",
      "application/x-www-form-urlencoded",
      "application/x-ndjson",
    ]);
    expect(JSON.parse(seen[0]!.body.toString())).toEqual({ amount: 500, fail_fast: true });
    expect(seen[1]!.body.toString()).toBe("card[number]=4242%204242&card[expiration_month]=12");
    expect(seen[2]!.body.toString()).toBe(lines);
  });
});
