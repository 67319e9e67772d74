import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ResponseSchemas } from "./response-schemas.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const minimal = new ResponseSchemas(
  path.join(root, "generator/test/fixtures/minimal/openapi.yaml"),
);
const univapay = new ResponseSchemas(path.join(root, "specs/univapay/openapi.yaml"));
const ORDER = { id: "ord_1", amount: 1200, status: "open" };

describe("response schemas: the contract tests' oracle", () => {
  it("finds the operation of a request by method and path template", () => {
    expect(minimal.operationFor("POST", "/orders/ord_1/cancel")).toBe("cancelOrder");
    expect(minimal.operationFor("GET", "/orders")).toBe("listOrders");
    expect(minimal.operationFor("POST", "/orders")).toBe("createOrder");
    expect(minimal.operationFor("GET", "/orders/ord_1/cancel")).toBeUndefined();
    expect(minimal.operationFor("GET", "/v1/orders")).toBeUndefined();
  });

  it("accepts a body that matches the status's schema", () => {
    expect(minimal.problems("createOrder", 201, ORDER)).toEqual([]);
    expect(minimal.problems("createOrder", "success", ORDER)).toEqual([]);
  });

  it("names each way a body breaks its schema, null and wrong types included", () => {
    expect(minimal.problems("createOrder", 201, { ...ORDER, amount: "1200" })).toEqual([
      "createOrder 201 body: /amount must be integer",
    ]);
    expect(minimal.problems("createOrder", 201, { ...ORDER, status: "lost" })).toEqual([
      "createOrder 201 body: /status must be equal to one of the allowed values",
    ]);
    expect(minimal.problems("createOrder", 201, null)).toEqual([
      "createOrder 201 body: (root) must be object",
    ]);
  });

  it("uses the default response for an undeclared status, and reports a status nothing declares", () => {
    expect(minimal.problems("createOrder", 500, { code: "not_found", message: "gone" })).toEqual(
      [],
    );
    expect(minimal.problems("createOrder", 500, { code: "teapot", message: "?" })).toHaveLength(1);
    expect(minimal.problems("cancelOrder", 500, {})).toEqual([
      "cancelOrder: status 500 is not declared",
    ]);
  });

  it("checks declared response headers against their schemas", () => {
    const headerProblems = (value: string): string[] =>
      univapay
        .problems("createCharge", 201, undefined, { headers: { "idempotency-status": value } })
        .filter((problem) => problem.includes("header"));
    expect(headerProblems("successfully_stored")).toEqual([]);
    expect(headerProblems("maybe")).toEqual([
      "createCharge 201 header Idempotency-Status: (root) must be equal to one of the allowed values",
    ]);
  });

  it("as a fetch, checks every response it passes on and keeps the mock's own refusals apart", async () => {
    const answers: Record<string, Response> = {
      "/orders": Response.json({ ...ORDER, amount: -1.5 }, { status: 201 }),
      "/orders/ord_1/cancel": Response.json(
        { type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY" },
        { status: 422 },
      ),
    };
    const log = minimal.checkingFetch(async (request) => answers[new URL(request.url).pathname]!);
    const created = await log.fetch(new Request("http://mock.test/orders", { method: "POST" }));
    expect(await created.json()).toEqual({ ...ORDER, amount: -1.5 });
    await log.fetch(new Request("http://mock.test/orders/ord_1/cancel", { method: "POST" }));
    expect(log.checked).toEqual(["createOrder 201"]);
    expect(log.refused).toEqual(["cancelOrder 422"]);
    expect(log.problems).toEqual(["createOrder 201 body: /amount must be integer"]);
  });
});
