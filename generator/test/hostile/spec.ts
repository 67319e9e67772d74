import { CANARY, PAYLOADS } from "./payloads.js";

const P = PAYLOADS;

/** Names JavaScript gives meaning to: as members they would change how an object behaves. */
export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "valueOf",
  "then",
] as const;

const properties = Object.fromEntries([
  ...PROTOTYPE_KEYS.map((key) => [key, { type: "string", description: P.closeComment }]),
  [P.closeComment, { type: "string" }],
  [P.quotes, { type: "integer", description: P.template }],
  [
    P.lineSeparators,
    { type: "string", enum: [P.closeComment, P.quotes, P.template, P.lineSeparators, P.newlines] },
  ],
]);

/**
 * An OpenAPI 3.1 document carrying a payload in every text field paygen reads. Built with
 * `Object.fromEntries`/`JSON.stringify`, so `__proto__` keys are real keys of the JSON text.
 */
export function hostileSpec(): string {
  const spec = {
    openapi: "3.1.0",
    "x-paygen-request-id-header": P.quotes,
    info: {
      title: P.closeComment,
      version: P.quotes,
      description: `${P.importFs}\n\n${P.html}\n\n${P.unseen}`,
    },
    servers: [
      {
        url: "https://api.example.test/*/x",
        description: P.closeComment,
        "x-paygen-environment": "production",
      },
      {
        url: "https://{region}.example.test/v1",
        variables: { region: { default: "eu", enum: ["eu"], description: P.closeComment } },
        "x-paygen-environment": "sandbox",
      },
    ],
    security: [{ [P.closeComment]: [] }],
    tags: [{ name: P.template, description: P.html }],
    paths: {
      "/things/{__proto__}": {
        get: {
          operationId: "then",
          tags: ["then"],
          summary: P.closeComment,
          description: `${P.newlines}\n${P.lineSeparators}\n${P.markdown}\n${P.unseen}`,
          parameters: [
            {
              name: "__proto__",
              in: "path",
              required: true,
              schema: { type: "string" },
              description: P.closeComment,
            },
            {
              name: P.quotes,
              in: "query",
              schema: { type: "string", enum: [P.template, P.closeComment, P.unseen] },
            },
            { name: "X-Evil", in: "header", schema: { type: "string" }, example: P.closeComment },
          ],
          responses: {
            "200": {
              description: P.closeComment,
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Thing" },
                  example: {
                    [P.closeComment]: P.quotes,
                    $id: "https://hostile.example/thing",
                    [P.unseen]: P.unseen,
                  },
                },
              },
            },
          },
        },
        delete: {
          operationId: "constructor",
          tags: ["__proto__"],
          summary: P.html,
          parameters: [
            { name: "__proto__", in: "path", required: true, schema: { type: "string" } },
          ],
          responses: { "204": { description: P.markdown } },
        },
      },
      "/things": {
        post: {
          operationId: `create ${P.closeComment}`,
          tags: ["toString"],
          summary: P.markdown,
          description: P.template,
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          responses: {
            "201": {
              description: "created",
              content: {
                "application/json": {
                  schema: {
                    $ref: `#/components/schemas/${encodeURIComponent(P.closeComment).replace(/%20/g, " ")}`,
                  },
                },
              },
            },
          },
        },
        get: {
          operationId: "hasOwnProperty",
          tags: ["prototype"],
          summary: `${P.lineSeparators} ${P.unseen}`,
          responses: {
            "200": {
              description: "list",
              content: {
                "application/json": {
                  schema: { type: "array", items: { $ref: "#/components/schemas/Thing" } },
                },
              },
            },
          },
        },
      },
    },
    webhooks: {
      [P.closeComment]: {
        post: {
          summary: P.closeComment,
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          responses: { "200": { description: "ok" } },
        },
      },
    },
    components: {
      securitySchemes: {
        [P.closeComment]: { type: "http", scheme: "basic", description: P.closeComment },
        ["__proto__"]: { type: "apiKey", in: "header", name: P.quotes },
        [P.template]: {
          type: "http",
          scheme: "bearer",
          "x-paygen-credentials": { token: ["secret", "jwt"], separator: P.closeComment },
        },
      },
      schemas: {
        Thing: {
          type: "object",
          description: P.closeComment,
          properties,
          example: {
            ["__proto__"]: P.closeComment,
            hasOwnProperty: P.quotes,
            $id: "https://hostile.example/thing",
          },
        },
        [P.closeComment]: {
          type: "object",
          title: P.template,
          properties: {
            id: { type: "string", default: P.newlines, examples: [P.lineSeparators, P.newlines] },
          },
        },
      },
    },
  };
  return JSON.stringify(spec, null, 2);
}

export { CANARY };
