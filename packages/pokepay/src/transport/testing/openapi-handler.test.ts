import { describe, expect, it } from "vitest";
import { openApiHandler } from "./openapi-handler.js";
import { tinyDocument } from "./tiny-document.js";

const ids = {
  shop_id: "11111111-1111-4111-8111-111111111111",
  customer_id: "22222222-2222-4222-8222-222222222222",
  private_money_id: "33333333-3333-4333-8333-333333333333",
};

describe("openApiHandler: a peer handler that behaves as a document says", () => {
  const handler = openApiHandler(tinyDocument);

  it("answers a valid request with the success response's example", async () => {
    expect(await handler("POST", "/transactions/topup", { ...ids, money_amount: 1000 })).toEqual({
      status: 200,
      body: tinyDocument.paths["/transactions/topup"].post.responses["200"].content[
        "application/json"
      ].example,
    });
  });

  it("follows $refs to request bodies and schemas, and lets OpenAPI 3.0 nullable properties be null", async () => {
    expect(
      (await handler("POST", "/transactions/topup", { ...ids, description: null, metadata: null }))
        .status,
    ).toBe(200);
    expect(
      (await handler("POST", "/transactions/topup", { ...ids, metadata: { order: "A-1" } })).status,
    ).toBe(200);
    expect(
      (await handler("POST", "/transactions/topup", { ...ids, metadata: { order: 1 } })).status,
    ).toBe(400);
  });

  it("answers invalid_parameters listing missing, invalid and unpermitted parameters", async () => {
    const answer = await handler("POST", "/transactions/topup", {
      shop_id: "not-a-uuid",
      customer_id: ids.customer_id,
      money_amount: -1,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      type: "invalid_parameters",
      message: expect.any(String),
      errors: {
        missing: ["private_money_id"],
        invalid: expect.arrayContaining(["shop_id", "money_amount"]),
        unpermitted: [],
      },
    });
    expect((await handler("GET", "/accounts", { page: 1, color: "red" })).body).toMatchObject({
      errors: { unpermitted: ["color"] },
    });
    expect(
      (await handler("GET", "/transactions/0c5d3e1f-2a4b-4c6d-8e9f-0a1b2c3d4e5f", { extra: 1 }))
        .body,
    ).toMatchObject({ errors: { unpermitted: ["extra"] } });
  });

  it("turns OpenAPI 3.0 boolean exclusiveMaximum into the 2020-12 form", async () => {
    expect((await handler("GET", "/accounts", { per_page: 99 })).status).toBe(200);
    expect((await handler("GET", "/accounts", { per_page: 100 })).status).toBe(400);
  });

  it("prefers literal path segments to parameters, and uses named examples", async () => {
    expect(await handler("GET", "/transactions/requests/r-1", {})).toEqual({
      status: 200,
      body: { id: "7d0e2a4c-6b8f-4a1d-9c3e-5f7a9b1d3e5f", amount: 500 },
    });
  });

  it("synthesizes an answer from the schema when there is no example", async () => {
    const answer = await handler("GET", "/transactions/0c5d3e1f-2a4b-4c6d-8e9f-0a1b2c3d4e5f", {});
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      amount: expect.any(Number),
      type: "topup",
      done_at: expect.any(String),
    });
    expect((await handler("GET", "/accounts", {})).body).toMatchObject({
      rows: [expect.objectContaining({ id: expect.any(String) })],
    });
  });

  it("answers 404 for a route the document does not have", async () => {
    expect((await handler("GET", "/nowhere", {})).status).toBe(404);
    expect((await handler("PATCH", "/transactions/topup", {})).status).toBe(404);
  });

  it("reads OpenAPI 3.1 type lists as they are", async () => {
    const handler31 = openApiHandler({
      openapi: "3.1.0",
      paths: {
        "/echo": {
          post: {
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["message"],
                    properties: { message: { type: ["string", "null"] } },
                  },
                },
              },
            },
            responses: { "200": { description: "ok" } },
          },
        },
      },
    });
    expect(await handler31("POST", "/echo", { message: null })).toEqual({ status: 200, body: {} });
    expect((await handler31("POST", "/echo", { message: 1 })).status).toBe(400);
  });
});
