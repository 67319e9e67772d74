import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { ClientCore } from "./client-core.js";
import { encodeMultipart } from "./multipart.js";
import { rawBody } from "./raw-body.js";

describe("multipart and raw bodies", () => {
  it("encodes files, repeated fields and nested objects", () => {
    const form = encodeMultipart({
      file: new Blob(["%PDF-1.4"], { type: "application/pdf" }),
      tags: ["a", "b"],
      meta: { k: 1 },
      skip: null,
    });
    expect(form.getAll("tags")).toEqual(["a", "b"]);
    expect(form.get("meta")).toBe('{"k":1}');
    expect(form.get("file")).toBeInstanceOf(Blob);
    expect(form.has("skip")).toBe(false);
  });

  it("sends multipart with fetch's boundary, and raw bytes as they are", async () => {
    const seen: Array<{ type: string | undefined; body: string }> = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({
          type: req.headers["content-type"],
          body: Buffer.concat(chunks).toString("latin1"),
        });
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const core = new ClientCore(
        {
          provider: "t",
          servers: [
            { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, environment: "p" },
          ],
          securitySchemes: {},
          clientHeaders: [],
        },
        {},
      );
      await core.request(
        {
          id: "upload",
          method: "POST",
          path: "/documents",
          bodyMediaType: "multipart/form-data",
          encodeBody: encodeMultipart,
          security: [],
        },
        { body: { file: new Blob(["%PDF-1.4 evidence"]), kind: "receipt" } },
      );
      await core.request(
        {
          id: "replace",
          method: "PUT",
          path: "/documents/1",
          bodyMediaType: "application/octet-stream",
          encodeBody: rawBody,
          security: [],
        },
        { body: new Uint8Array([1, 2, 255]) },
      );
      expect(seen[0]!.type).toMatch(/^multipart\/form-data; boundary=/);
      expect(seen[0]!.body).toContain("%PDF-1.4 evidence");
      expect(seen[0]!.body).toContain('name="kind"');
      expect(seen[1]!.type).toBe("application/octet-stream");
      expect([...Buffer.from(seen[1]!.body, "latin1")]).toEqual([1, 2, 255]);
    } finally {
      server.close();
    }
  });
});
