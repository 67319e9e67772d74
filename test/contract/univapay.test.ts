import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiError, UnivaPay, type UnivaPayOptions } from "@paygen/univapay";
import { callEveryOperation, type SpecDocument } from "../support/call-every-operation.js";
import { startPrism, type MockServer } from "../support/prism.js";
import { ResponseSchemas } from "../support/response-schemas.js";

const specFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../specs/univapay/openapi.yaml",
);
const spec = parse(readFileSync(specFile, "utf8")) as SpecDocument;
const SECRET = "secret-abc";
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcHAifQ.c2ln";

/** @paygen/univapay against Prism started from specs/univapay, recording what went over the wire. */
describe("@paygen/univapay against a Prism mock of specs/univapay", () => {
  let prism: MockServer;
  const sent: Array<{ operation: string; headers: Headers }> = [];
  let current = "";
  const responses = new ResponseSchemas(specFile).checkingFetch();
  const client = (options: Partial<UnivaPayOptions> = {}, withSecret = true): UnivaPay =>
    new UnivaPay({
      baseUrl: prism.url,
      ...(withSecret ? { appSecret: SECRET } : {}),
      appJwt: JWT,
      fetch: async (request) => {
        sent.push({ operation: current, headers: new Headers(request.headers) });
        return responses.fetch(request);
      },
      ...options,
    } as UnivaPayOptions);
  beforeAll(async () => {
    prism = await startPrism(specFile);
  });
  afterAll(() => prism?.stop());
  afterEach(() => expect(responses.problems.splice(0)).toEqual([]));

  it("calls every operation once with valid input", { timeout: 180_000 }, async () => {
    const { called, failures } = await callEveryOperation(spec, client(), (id) => (current = id));
    expect(failures).toEqual([]);
    expect(called).toHaveLength(100);
    expect(responses.checked).toHaveLength(100);
  });

  it("sends Bearer {secret}.{jwt} for server tokens, and Idempotency-Key on POST", async () => {
    sent.length = 0;
    current = "createCharge";
    const charge = client().charges.create({
      transaction_token_id: "653ef5a3-73f2-408a-bac5-7058835f7700",
      amount: 1000,
      currency: "JPY",
    } as never);
    const { data, status, headers, idempotencyKey } = await charge.withResponse();
    expect(sent[0]!.headers.get("authorization")).toBe(`Bearer ${SECRET}.${JWT}`);
    expect(sent[0]!.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(idempotencyKey).toBe(sent[0]!.headers.get("idempotency-key"));
    // The README: read Idempotency-Status from .withResponse().headers (one of the spec's values).
    expect(headers["idempotency-status"]).toBeDefined();
    expect(
      new ResponseSchemas(specFile).problems("createCharge", status, data, { headers }),
    ).toEqual([]);
  });

  it("uses the browser-safe Bearer {jwt} where the operation allows it and no secret is configured", async () => {
    sent.length = 0;
    const browserOnly = client({}, false);
    const listOp = Object.entries(spec.paths).find(
      ([route, item]) => route === "/stores" && "get" in item,
    );
    expect(listOp).toBeDefined();
    await (
      browserOnly as unknown as { stores: { list: () => PromiseLike<unknown> } }
    ).stores.list();
    expect(sent[0]!.headers.get("authorization")).toBe(`Bearer ${JWT}`);
  });

  it("decodes UnivaPay's error body into the typed error", async () => {
    const error = await client()
      .charges.create(
        {
          transaction_token_id: "653ef5a3-73f2-408a-bac5-7058835f7700",
          amount: 1000,
          currency: "JPY",
        } as never,
        { headers: { Prefer: "code=400" } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).body).toHaveProperty("code");
  });
});
