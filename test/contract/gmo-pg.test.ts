import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { ApiError, GmoPg, type GmoPgApiError, type GmoPgOptions } from "@paygen/gmo-pg";
import { startPrism, type MockServer } from "../support/prism.js";
import { ResponseSchemas } from "../support/response-schemas.js";
import { sampleFromSchema } from "@paygen/test-sampler";

const specFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../specs/gmo-pg/openapi.yaml",
);
const spec = parse(readFileSync(specFile, "utf8")) as {
  paths: Record<
    string,
    {
      post: {
        operationId: string;
        "x-paygen-resource": string;
        "x-paygen-method": string;
        parameters?: unknown[];
        requestBody: { content: Record<string, { schema: unknown }> };
      };
    }
  >;
};
const SEED_ACCESS_ID = "acdc7d53f7a78f488d8d0997eff99c6f";
/** Values json-schema-faker cannot draw from the spec's patterns (katakana ranges). */
const FIXUPS = { nameKana: "ジーエムオーペイメント" };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** @paygen/gmo-pg against Prism started from specs/gmo-pg, recording what really went over the wire. */
describe("@paygen/gmo-pg against a Prism mock of specs/gmo-pg", () => {
  let prism: MockServer;
  const sent: Array<{ method: string; path: string; headers: Headers }> = [];
  const responses = new ResponseSchemas(specFile).checkingFetch();
  const recordingFetch = async (request: Request): Promise<Response> => {
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname,
      headers: new Headers(request.headers),
    });
    return responses.fetch(request);
  };
  const client = (options: GmoPgOptions = {}): GmoPg =>
    new GmoPg({
      baseUrl: prism.url,
      fetch: recordingFetch,
      shopId: "tshop00000001",
      shopPassword: "shop-pass",
      apiVersion: "2023-06",
      ...options,
    });

  beforeAll(async () => {
    prism = await startPrism(specFile);
  });
  afterAll(() => prism?.stop());
  afterEach(() => expect(responses.problems.splice(0)).toEqual([]));

  it("calls every operation once with valid input (seed 000's order requests typed by hand)", async () => {
    const gmo = client();
    await gmo.orders.capture({ accessId: SEED_ACCESS_ID });
    await gmo.orders.update({ accessId: SEED_ACCESS_ID, amount: "1000" });
    await gmo.orders.cancel({ accessId: SEED_ACCESS_ID });
    await gmo.orders.inquiry({ accessId: SEED_ACCESS_ID });

    const called = new Set(["orderCapture", "orderUpdate", "orderCancel", "orderInquiry"]);
    for (const [, item] of Object.entries(spec.paths)) {
      const op = item.post;
      if (called.has(op.operationId)) continue;
      const body = sampleFromSchema(
        spec as never,
        Object.values(op.requestBody.content)[0]!.schema,
        { fixups: FIXUPS },
      );
      const resource = op["x-paygen-resource"]
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], gmo) as Record<
        string,
        (body: unknown) => Promise<unknown>
      >;
      await resource[op["x-paygen-method"]]!.call(resource, body).catch((error: unknown) => {
        throw new Error(`${op.operationId} failed: ${String(error)}\n${prism.log().slice(-2500)}`);
      });
      called.add(op.operationId);
    }
    expect(called.size).toBe(21);
    // Each response body held to its operation's schema (afterEach asserts no problems).
    expect(responses.checked.splice(0).map((line) => line.split(" ")[0])).toEqual([...called]);
  });

  it("sends Idempotency-Key (a UUID v4) exactly on the operations that accept it, and X-MP-Version on all", async () => {
    sent.length = 0;
    const gmo = client();
    await gmo.orders.capture({ accessId: SEED_ACCESS_ID });
    await gmo.orders.inquiry({ accessId: SEED_ACCESS_ID });
    const [capture, inquiry] = sent;
    expect(capture!.headers.get("idempotency-key")).toMatch(UUID);
    expect(inquiry!.headers.get("idempotency-key")).toBeNull();
    expect(capture!.headers.get("x-mp-version")).toBe("2023-06");
    await gmo.orders.capture(
      { accessId: SEED_ACCESS_ID },
      { idempotencyKey: "0b5e8c1e-8d4f-4d8a-9f57-1f2b3c4d5e6f" },
    );
    expect(sent[2]!.headers.get("idempotency-key")).toBe("0b5e8c1e-8d4f-4d8a-9f57-1f2b3c4d5e6f");
  });

  it("authenticates with HTTP Basic (shop ID and password) by default", async () => {
    sent.length = 0;
    await client().orders.inquiry({ accessId: SEED_ACCESS_ID });
    expect(sent[0]!.headers.get("authorization")).toBe(
      `Basic ${Buffer.from("tshop00000001:shop-pass").toString("base64")}`,
    );
  });

  it("with security AccessToken, fetches a token through /token once, caches it, and sends it as Bearer", async () => {
    sent.length = 0;
    const gmo = client({ security: "AccessToken" });
    await gmo.orders.inquiry({ accessId: SEED_ACCESS_ID });
    await gmo.orders.capture({ accessId: SEED_ACCESS_ID });
    expect(sent.map((r) => r.path)).toEqual(["/token", "/order/inquiry", "/order/capture"]);
    expect(sent[0]!.headers.get("authorization")).toMatch(/^Basic /);
    expect(sent[0]!.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    const bearer = sent[1]!.headers.get("authorization");
    expect(bearer).toMatch(/^Bearer \S+$/);
    expect(sent[2]!.headers.get("authorization")).toBe(bearer);
  });

  it("uses a Bearer token given directly", async () => {
    sent.length = 0;
    await new GmoPg({
      baseUrl: prism.url,
      fetch: recordingFetch,
      accessToken: "at-from-elsewhere",
    }).orders.inquiry({ accessId: SEED_ACCESS_ID });
    expect(sent[0]!.headers.get("authorization")).toBe("Bearer at-from-elsewhere");
  });

  it("decodes an application/problem+json error into the typed error", async () => {
    const error = await client()
      .credit.charge(
        sampleFromSchema(
          spec as never,
          spec.paths["/credit/charge"]!.post.requestBody.content["application/json"]!.schema,
          { fixups: FIXUPS },
        ) as never,
        { headers: { Prefer: "code=402" } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const problem = error as GmoPgApiError;
    expect(problem.status).toBe(402);
    expect(problem.headers["content-type"]).toContain("application/problem+json");
    expect(typeof problem.body).toBe("object");
    expectTypeOf(problem.code).toEqualTypeOf<
      | "invalid_contract"
      | "invalid_header"
      | "invalid_parameter"
      | "invalid_request"
      | "invalid_status"
      | "missing_parameter"
      | "transaction_count_exceeded"
      | "transaction_expired"
      | "unauthorized_request"
      | "operation_aborted_by_user"
      | "card_declined"
      | "insufficient_balance"
      | "amount_limit_exceeded"
      | "processing_failure"
      | "resource_not_found"
      | "method_not_allowed"
      | "conflict"
      | "unsupported_media_type"
      | "too_many_requests"
      | "internal_server_error"
      | "bad_gateway"
      | "maintenance"
      | "service_unavailable"
      | undefined
    >();
  });

  it("rejects wrong input at compile time, and the mock refuses the same input at run time", async () => {
    const gmo = client();
    // @ts-expect-error accessId is required
    await expect(gmo.orders.capture({})).rejects.toMatchObject({ status: 400 });
    const update = gmo.orders.update(
      // @ts-expect-error the amount is a string in GMO-PG's API
      { accessId: SEED_ACCESS_ID, amount: 1000 },
    );
    await expect(update).rejects.toMatchObject({ status: 400 });
    expectTypeOf<"ApiKey">().not.toExtend<NonNullable<GmoPgOptions["security"]>>();
    expectTypeOf<"AccessToken">().toExtend<NonNullable<GmoPgOptions["security"]>>();
  });
});
