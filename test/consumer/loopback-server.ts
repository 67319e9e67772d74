import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** A loopback stand-in for the Omise charges API: create, retrieve, and a 404 for `chrg_missing`. */
export async function startChargesServer(): Promise<{
  url: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    requests.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      contentType: request.headers["content-type"],
      body,
    });
    const send = (status: number, json: unknown): void => {
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    };
    if (request.method === "POST" && request.url === "/charges") {
      const form = new URLSearchParams(body);
      return send(200, {
        object: "charge",
        id: "chrg_created",
        amount: Number(form.get("amount")),
        currency: form.get("currency"),
      });
    }
    if (request.method === "GET" && request.url === "/charges/chrg_missing") {
      return send(404, {
        object: "error",
        location: "https://docs.opn.ooo/api-errors#not_found",
        code: "not_found",
        message: "charge chrg_missing was not found",
      });
    }
    const retrieve = /^\/charges\/(chrg_\w+)$/.exec(request.url ?? "");
    if (request.method === "GET" && retrieve)
      return send(200, { object: "charge", id: retrieve[1], amount: 1, currency: "thb" });
    send(500, { object: "error", code: "unexpected", message: `${request.method} ${request.url}` });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
