/** A tiny OpenAPI 3.0 document in Pokepay's style: every parameter in the body, GET included. */
export const tinyDocument = {
  openapi: "3.0.3",
  info: { title: "tiny", version: "1" },
  paths: {
    "/transactions/topup": {
      post: {
        operationId: "createTopupTransaction",
        requestBody: { $ref: "#/components/requestBodies/Topup" },
        responses: {
          "200": {
            description: "the transaction",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Transaction" },
                example: {
                  id: "0c5d3e1f-2a4b-4c6d-8e9f-0a1b2c3d4e5f",
                  amount: 1000,
                  description: "チャージ",
                  done_at: "2026-01-01T00:00:00.000+09:00",
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
        },
      },
    },
    "/transactions/{transaction_id}": {
      get: {
        operationId: "getTransaction",
        parameters: [
          {
            name: "transaction_id",
            in: "path",
            required: true,
            schema: { type: "string", format: "uuid" },
          },
        ],
        responses: {
          "200": {
            description: "the transaction",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Transaction" } },
            },
          },
        },
      },
    },
    "/transactions/requests/{request_id}": {
      get: {
        operationId: "getTransactionByRequestId",
        parameters: [
          { name: "request_id", in: "path", required: true, schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: "found",
            content: {
              "application/json": { examples: { one: { $ref: "#/components/examples/Found" } } },
            },
          },
        },
      },
    },
    "/accounts": {
      get: {
        operationId: "listAccounts",
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                additionalProperties: false,
                properties: {
                  page: { type: "integer", minimum: 1 },
                  per_page: { type: "integer", minimum: 1, maximum: 100, exclusiveMaximum: true },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "a page",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["rows"],
                  properties: {
                    rows: { type: "array", items: { $ref: "#/components/schemas/Transaction" } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    requestBodies: {
      Topup: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["shop_id", "customer_id", "private_money_id"],
              properties: {
                shop_id: { type: "string", format: "uuid" },
                customer_id: { type: "string", format: "uuid" },
                private_money_id: { type: "string", format: "uuid" },
                money_amount: { type: "integer", minimum: 0 },
                description: { type: "string", maxLength: 200, nullable: true },
                metadata: { $ref: "#/components/schemas/Metadata" },
                request_id: { type: "string", format: "uuid" },
              },
            },
          },
        },
      },
    },
    schemas: {
      Metadata: { type: "object", nullable: true, additionalProperties: { type: "string" } },
      Transaction: {
        type: "object",
        required: ["id", "amount"],
        properties: {
          id: { type: "string", format: "uuid" },
          amount: { type: "number" },
          description: { type: "string", nullable: true },
          done_at: { type: "string", format: "date-time" },
          type: { type: "string", enum: ["topup", "payment"] },
        },
      },
    },
    responses: {
      BadRequest: {
        description: "bad",
        content: { "application/json": { schema: { type: "object" } } },
      },
    },
    examples: { Found: { value: { id: "7d0e2a4c-6b8f-4a1d-9c3e-5f7a9b1d3e5f", amount: 500 } } },
  },
};
