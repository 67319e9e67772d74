import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Omise } from "@paygen/omise";

/** What the loopback server received: one entry per request. */
interface Received {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
}

describe("@paygen/omise form bodies on the wire", () => {
  const received: Received[] = [];
  let server: Server;
  let omise: Omise;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({
          method: request.method ?? "",
          url: request.url ?? "",
          contentType: request.headers["content-type"],
          body: Buffer.concat(chunks).toString("utf8"),
        });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({
            object: "customer",
            id: "cust_test_5fz0olfpy32zadv96ek",
            livemode: false,
            location: "/customers/cust_test_5fz0olfpy32zadv96ek",
            created_at: "2025-01-15T03:00:00Z",
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    omise = new Omise({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      secretKey: "skey_test_form",
      maxRetries: 0,
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends null as an empty value so a field is cleared", async () => {
    await omise.customers.update("cust_test_5fz0olfpy32zadv96ek", {
      metadata: { coupon: null, order_id: "42" },
    });
    const request = received.at(-1)!;
    expect(request.method).toBe("PATCH");
    expect(request.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request.body).toBe("metadata[coupon]=&metadata[order_id]=42");
    expect(new URLSearchParams(request.body).get("metadata[coupon]")).toBe("");
  });
});
