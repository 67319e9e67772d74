import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiError,
  ConfigurationError,
  createOmiseCore,
  listCharges,
  Omise,
  retrieveCharge,
  type OmiseApiError,
  type RetrieveChargeResult,
} from "@paygen/omise";
import { startPrism, type MockServer } from "../support/prism.js";
import { ResponseSchemas } from "../support/response-schemas.js";

const spec = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../specs/omise/openapi.yaml",
);

/** @paygen/omise against Prism started from specs/omise: one call per operation, typed results. */
describe("@paygen/omise against a Prism mock of specs/omise", () => {
  let prism: MockServer;
  let omise: Omise;
  const responses = new ResponseSchemas(spec).checkingFetch();
  beforeAll(async () => {
    prism = await startPrism(spec);
    omise = new Omise({
      baseUrl: prism.url,
      secretKey: "skey_test_contract",
      apiVersion: "2019-05-29",
      fetch: responses.fetch,
    });
  });
  afterAll(() => prism?.stop());
  afterEach(() => expect(responses.problems.splice(0)).toEqual([]));

  const expectCharge = (charge: RetrieveChargeResult): void => {
    expect(charge.object).toBe("charge");
    expect(charge.id).toMatch(/^chrg_/);
    expect(typeof charge.amount).toBe("number");
  };

  it("charges.create sends a form body with nested metadata", async () => {
    const charge = await omise.charges.create({
      amount: 100_000,
      currency: "thb",
      card: "tokn_test_1",
      capture: false,
      metadata: { order_id: "42" },
    });
    expectCharge(charge);
  });

  it("charges.list and charges.listForLink return list objects", async () => {
    const list = await omise.charges.list({ limit: 10, order: "reverse_chronological" });
    expect(list.object).toBe("list");
    expect(Array.isArray(list.data)).toBe(true);
    expectTypeOf(list.data).toMatchTypeOf<unknown[] | undefined>();
    const forLink = await omise.charges.listForLink("link_test_1", { offset: 0 });
    expect(forLink.object).toBe("list");
  });

  it("charges.list is a typed paginator: the first page, and Charge items for `for await`", async () => {
    const page = await omise.charges.list({ limit: 100 }).firstPage();
    expect(Array.isArray(page.items)).toBe(true);
    expectTypeOf(page.items).toEqualTypeOf<RetrieveChargeResult[]>();
    type Item = typeof omise.charges.list extends (...args: never[]) => AsyncIterable<infer I>
      ? I
      : never;
    expectTypeOf<Item>().toEqualTypeOf<RetrieveChargeResult>();
  });

  it("withResponse() exposes status and headers", async () => {
    const { data, status, headers, attempts } = await omise.charges
      .retrieve("chrg_test_1")
      .withResponse();
    expect([status, attempts, data.object]).toEqual([200, 1, "charge"]);
    expect(headers["content-type"]).toContain("application/json");
  });

  it("charges.retrieve returns the spec's charge", async () => {
    expectCharge(await omise.charges.retrieve("chrg_test_no1t4tnemucod0e51mo"));
  });

  it("the standalone functions send the same requests as the class, through one core", async () => {
    const core = createOmiseCore({
      baseUrl: prism.url,
      secretKey: "skey_test_contract",
      fetch: responses.fetch,
    });
    const charge = await retrieveCharge(core, "chrg_test_1");
    expectCharge(charge);
    expectTypeOf(charge).toEqualTypeOf<RetrieveChargeResult>();
    const { status, headers } = await retrieveCharge(core, "chrg_test_1").withResponse();
    expect(status).toBe(200);
    expect(headers["content-type"]).toContain("application/json");
    const page = await listCharges(core, { limit: 1 }).firstPage();
    expect(Array.isArray(page.items)).toBe(true);
    expectTypeOf(page.items).toEqualTypeOf<RetrieveChargeResult[]>();
  });

  it("charges.update, capture, reverse, expire, markAsPaid and markAsFailed each return a charge", async () => {
    const id = "chrg_test_1";
    expectCharge(
      await omise.charges.update(id, { description: "注文 42", metadata: { order_id: "42" } }),
    );
    expectCharge(await omise.charges.capture(id, { capture_amount: 50_000 }));
    expectCharge(await omise.charges.capture(id));
    expectCharge(await omise.charges.reverse(id));
    expectCharge(await omise.charges.expire(id));
    expectCharge(await omise.charges.markAsPaid(id));
    expectCharge(await omise.charges.markAsFailed(id));
  });

  it("decodes Omise's error object into a typed ApiError", async () => {
    const error = await omise.charges
      .retrieve("chrg_test_missing", { headers: { Prefer: "code=404" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as OmiseApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.body).toMatchObject({ object: "error", code: "authentication_failure" });
    expect(apiError.code).toBe("authentication_failure");
    expectTypeOf(apiError.code).toEqualTypeOf<
      | "authentication_failure"
      | "bad_request"
      | "backend_error"
      | "brand_not_supported"
      | "documents_locked"
      | "expired_charge"
      | "failed_capture"
      | "failed_expire"
      | "failed_fraud_check"
      | "failed_multi_currency"
      | "failed_refund"
      | "invalid_card"
      | "invalid_card_token"
      | "invalid_charge"
      | "missing_card"
      | "not_found"
      | "used_token"
      | "failed_void"
      | "invalid_amount"
      | "invalid_bank_account"
      | "invalid_filters"
      | "invalid_page"
      | "invalid_scope"
      | undefined
    >();
  });

  it("a request the spec does not allow is refused by the mock, not silently accepted", async () => {
    const error = await omise.charges.retrieve("not-a-charge-id").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect(responses.refused.splice(0)).toEqual(["retrieveCharge 422"]);
  });

  it("refuses to call without the secret key, before any request", async () => {
    await expect(new Omise({ baseUrl: prism.url }).charges.list()).rejects.toThrow(
      ConfigurationError,
    );
  });

  it("rejects wrong input at compile time, and the mock refuses the same input at run time", async () => {
    const wrongAmount = omise.charges.create(
      // @ts-expect-error amount is an integer, not a string
      { amount: "a hundred", currency: "thb" },
    );
    await expect(wrongAmount).rejects.toMatchObject({ status: 400 });
    // @ts-expect-error currency is required
    await expect(omise.charges.create({ amount: 100 })).rejects.toMatchObject({ status: 400 });
    // @ts-expect-error the charge id is required (refused before anything is sent: no path parameter)
    await expect(omise.charges.capture()).rejects.toBeInstanceOf(ConfigurationError);
    // @ts-expect-error unknown list order
    await expect(omise.charges.list({ order: "newest" })).rejects.toMatchObject({ status: 400 });
  });
});
