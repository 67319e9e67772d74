import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { ApiError, ConfigurationError } from "@paygen/runtime";
import {
  Minimal,
  type MinimalApiError,
  type CreateOrderResult,
} from "../../generator/test/fixtures/minimal/golden/src/index.js";
import { startPrism, type MockServer } from "../support/prism.js";
import { ResponseSchemas } from "../support/response-schemas.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const spec = path.resolve(here, "../../generator/test/fixtures/minimal/openapi.yaml");

/** The golden package of the `minimal` fixture against Prism: proves runtime + emitted client end to end. */
describe("generated client against Prism (minimal fixture)", () => {
  let prism: MockServer;
  beforeAll(async () => {
    prism = await startPrism(spec);
  });
  afterAll(() => prism?.stop());
  const responses = new ResponseSchemas(spec).checkingFetch();
  afterEach(() => {
    responses.checked.length = 0;
    expect(responses.problems.splice(0)).toEqual([]);
  });

  const client = (): Minimal =>
    new Minimal({
      baseUrl: prism.url,
      secretKey: "skey_test_123",
      apiVersion: "2024-01-01",
      fetch: responses.fetch,
    });

  it("creates with a form-encoded body and a generated idempotency key, and returns the typed example", async () => {
    const order = await client().orders.create({ amount: 1200, metadata: { ref: "a1" } });
    expectTypeOf(order).toEqualTypeOf<CreateOrderResult>();
    expect(order).toEqual({ id: "ord_1", amount: 1200, status: "open", metadata: { ref: "a1" } });
  });

  it("lists with query parameters", async () => {
    const page = await client().orders.list({ limit: 10, status: "open" });
    expect(Array.isArray(page.data)).toBe(true);
    expect(typeof page.total).toBe("number");
  });

  it("fills path parameters", async () => {
    const order = await client().orders.cancel("ord_1");
    expect(typeof order.id).toBe("string");
    expect(responses.checked).toEqual(["cancelOrder 200"]);
  });

  it("turns Prism's validation failure into an ApiError", async () => {
    const error = await client()
      .orders.create({ amount: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as MinimalApiError).status).toBe(422);
    expect((error as MinimalApiError).operationId).toBe("createOrder");
    expect(responses.checked).toEqual(["createOrder 422"]);
  });

  it("refuses to call without credentials, before any request", async () => {
    await expect(new Minimal({ baseUrl: prism.url }).orders.list()).rejects.toThrow(
      ConfigurationError,
    );
  });

  it("rejects wrong input at compile time", () => {
    const c = client();
    // @ts-expect-error amount must be a number
    void c.orders.create({ amount: "12" }).catch(() => undefined);
    // @ts-expect-error the path parameter is required
    void c.orders.cancel().catch(() => undefined);
    // @ts-expect-error unknown status value
    void c.orders.list({ status: "lost" }).catch(() => undefined);
    expectTypeOf<MinimalApiError["code"]>().toEqualTypeOf<
      "not_found" | "invalid_amount" | undefined
    >();
  });
});
