import { randomBytes } from "node:crypto";
import { request } from "node:https";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiError,
  type ApiPromise,
  ConnectionError,
  type Paginator,
  Pokepay,
  type PokepayApiError,
  type PokepayOptions,
} from "@paygen/pokepay";
import {
  makeTestCertificates,
  type TestCertificates,
} from "../../packages/pokepay/src/transport/testing/certs.js";
import { startPeer, type Peer } from "../../packages/pokepay/src/transport/testing/peer.js";
import { ResponseSchemas } from "../support/response-schemas.js";
import { sampleFromSchema } from "@paygen/test-sampler";
import { openApiHandler } from "../../packages/pokepay/src/transport/testing/openapi-handler.js";

type Op = {
  operationId: string;
  "x-paygen-resource": string;
  "x-paygen-method": string;
  parameters?: Array<{ name: string; in: string; schema: unknown }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
};
const specFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../specs/pokepay/partner.yaml",
);
const spec = parse(readFileSync(specFile, "utf8")) as {
  paths: Record<string, Record<string, Op>>;
  components: unknown;
};
const operations = Object.entries(spec.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, op]) => ({ template, method, op })),
);

/** @paygen/pokepay through the real envelope, over mutual TLS, against a spec-driven test peer. */
describe("@paygen/pokepay over the encrypted envelope and mutual TLS", () => {
  const clientId = "8b3f6a1e-5c1d-4e7a-9a0b-000000000001";
  const key = randomBytes(32);
  let certs: TestCertificates;
  let peer: Peer;
  const client = (extra: Partial<PokepayOptions> = {}): Pokepay =>
    new Pokepay({
      baseUrl: peer.url,
      clientId,
      clientSecret: key.toString("base64url"),
      cert: certs.clientCert,
      key: certs.clientKey,
      ca: certs.ca,
      ...extra,
    } as PokepayOptions);

  beforeAll(async () => {
    certs = makeTestCertificates();
    peer = await startPeer({
      tls: { cert: certs.serverCert, key: certs.serverKey, ca: certs.ca },
      clientId,
      key,
      handler: openApiHandler(spec),
    });
  });
  afterAll(() => peer?.stop());

  it(
    `calls all ${operations.length} operations once, each validated by the peer against the spec`,
    { timeout: 120_000 },
    async () => {
      expect(operations).toHaveLength(97);
      const pokepay = client();
      const responses = new ResponseSchemas(specFile);
      const problems: string[] = [];
      for (const { op } of operations) {
        const pathArgs = (op.parameters ?? [])
          .filter((p) => p.in === "path")
          .map((p) => String(sampleFromSchema(spec, p.schema)));
        const media = op.requestBody?.content["application/json"];
        const body = media ? sampleFromSchema(spec, media.schema) : undefined;
        const resource = op["x-paygen-resource"]
          .split(".")
          .reduce<unknown>(
            (node, name) => (node as Record<string, unknown>)[name],
            pokepay,
          ) as Record<
          string,
          (...args: unknown[]) => ApiPromise<unknown> | Paginator<unknown, unknown>
        >;
        const method = resource[op["x-paygen-method"]];
        expect(method, op.operationId).toBeTypeOf("function");
        const call = method!.call(resource, ...pathArgs, ...(media ? [body] : []));
        // A paginated list returns a Paginator, which awaits to the first page's body and carries no status.
        const { data, status } = await (
          "withResponse" in call
            ? call.withResponse()
            : Promise.resolve(call).then((page) => ({ data: page, status: "success" as const }))
        ).catch((error: unknown) => {
          throw new Error(
            `${op.operationId}: ${String(error)} ${JSON.stringify((error as PokepayApiError).body ?? "").slice(0, 400)}`,
          );
        });
        problems.push(...responses.problems(op.operationId, status, data));
      }
      // The peer samples answers the spec gives no example for with the shared sampler, which honours
      // `pattern`: every body conforms.
      expect(problems).toEqual([]);
      expect(peer.received.map((r) => `${r.method} ${r.path}`)).toHaveLength(operations.length);
    },
  );

  it("fills request_id with a UUID v4 where the operation takes one, and keeps one the caller gives", async () => {
    const topup = operations.find(({ op }) => op.operationId === "createTopupTransaction")!;
    const body = sampleFromSchema(
      spec,
      topup.op.requestBody!.content["application/json"]!.schema,
    ) as Record<string, unknown>;
    delete body["request_id"];
    await client().transactions.createTopup(body as never);
    expect(peer.received.at(-1)!.requestData["request_id"]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    await client().transactions.createTopup({
      ...body,
      request_id: "0b5e8c1e-8d4f-4d8a-9f57-1f2b3c4d5e6f",
    } as never);
    expect(peer.received.at(-1)!.requestData["request_id"]).toBe(
      "0b5e8c1e-8d4f-4d8a-9f57-1f2b3c4d5e6f",
    );
  });

  it("sends GET parameters inside the envelope", async () => {
    await client().systems.getPing();
    const ping = peer.received.at(-1)!;
    expect([ping.method, ping.path]).toEqual(["GET", "/ping"]);
  });

  it("is refused without a client certificate from the partner CA", async () => {
    const refused = await new Promise<unknown>((resolve) => {
      const req = request(`${peer.url}/ping`, { method: "GET", ca: certs.ca }, () =>
        resolve(undefined),
      );
      req.on("error", resolve);
      req.end();
    });
    expect(refused).toBeInstanceOf(Error);
    const stranger = await client({ cert: certs.strangerCert, key: certs.strangerKey })
      .systems.getPing()
      .catch((e: unknown) => e);
    expect(stranger).toBeInstanceOf(ConnectionError);
  });

  it("surfaces a stale timestamp as the API's typed error", async () => {
    const error = await client({ now: () => new Date(Date.now() - 10 * 60_000) })
      .systems.getPing()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as PokepayApiError).status).toBe(400);
    expect((error as PokepayApiError).code).toBe("partner_request_expired");
  });

  it("surfaces a reused partner_call_id as the API's typed error", async () => {
    const reused = client({ newCallId: () => "5d41402a-bc4b-4a76-b971-9d911017c592" });
    await reused.systems.getPing();
    const error = await reused.systems.getPing().catch((e: unknown) => e);
    expect((error as PokepayApiError).code).toBe("partner_request_already_done");
    expect((error as PokepayApiError).body).toEqual({
      type: "partner_request_already_done",
      message: "this partner_call_id was already used",
    });
  });

  it("reports request data that breaks the spec as invalid_parameters", async () => {
    const error = await client()
      .transactions.createTopup({ shop_id: "not-a-uuid" } as never)
      .catch((e: unknown) => e);
    expect((error as PokepayApiError).code).toBe("invalid_parameters");
  });
});
