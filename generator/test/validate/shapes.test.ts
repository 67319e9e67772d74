import { describe, expect, it } from "vitest";
import { diagnosticsOf, oneOperation } from "./diagnostics-of.js";

const OK = ["responses: { '200': { description: OK } }"];

describe("validateSpec: the OpenAPI object shapes (shapes.ts)", () => {
  it.each([
    [
      "a document without info",
      "openapi: 3.1.0\npaths: {}\n",
      ["1:1 error PG122: a Document object requires `info`"],
    ],
    [
      "contact fields are strings",
      oneOperation(OK).replace(
        "version: '1' }",
        "version: '1', contact: { name: 1, url: 2, email: 3 } }",
      ),
      [
        "2:53 error PG121: `name` must be a string, got integer",
        "2:61 error PG121: `url` must be a string, got integer",
        "2:71 error PG121: `email` must be a string, got integer",
      ],
    ],
    [
      "license fields are strings",
      oneOperation(OK).replace(
        "version: '1' }",
        "version: '1', license: { name: 1, identifier: 2, url: 3 } }",
      ),
      [
        "2:53 error PG121: `name` must be a string, got integer",
        "2:68 error PG121: `identifier` must be a string, got integer",
        "2:76 error PG121: `url` must be a string, got integer",
      ],
    ],
    [
      "a server variable's default is a string",
      oneOperation(
        OK,
        "servers: [{ url: 'https://{h}', variables: { h: { default: 1, enum: [2], description: 3 } } }]",
      ),
      [
        "8:60 error PG121: `default` must be a string, got integer",
        "8:70 error PG121: `enum[0]` must be a string, got integer",
        "8:87 error PG121: `description` must be a string, got integer",
      ],
    ],
    [
      "a server variable needs a default",
      oneOperation(OK, "servers: [{ url: 'https://{h}', variables: { h: { enum: [a] } } }]"),
      ["8:46 error PG122: a ServerVariable object requires `default`"],
    ],
    [
      "a parameter needs a name",
      oneOperation(["parameters: [{ in: query, schema: { type: string } }]", ...OK]),
      ["7:20 error PG122: a Parameter object requires `name`"],
    ],
    [
      "a request body needs content",
      oneOperation(["requestBody: { description: x }", ...OK]).replace("get:", "post:"),
      ["7:7 error PG122: a RequestBody object requires `content`"],
    ],
    [
      "encoding fields",
      oneOperation([
        "requestBody: { content: { multipart/form-data: { schema: { type: object }, encoding: { f: { contentType: 1, style: 2, explode: x, allowReserved: y } } } } }",
        ...OK,
      ]).replace("get:", "post:"),
      [
        "7:112 error PG121: `contentType` must be a string, got integer",
        "7:122 error PG121: `style` must be a string, got integer",
        "7:134 error PG121: `explode` must be a boolean, got string",
        "7:152 error PG121: `allowReserved` must be a boolean, got string",
      ],
    ],
    [
      "a response needs a description",
      oneOperation(["responses: { '200': { content: {} } }"]),
      ["7:20 error PG122: a Response object requires `description`"],
    ],
    [
      "a security scheme needs a type",
      oneOperation(OK, "components:", "  securitySchemes:", "    k: { in: header, name: X }"),
      ["10:5 error PG122: a SecurityScheme object requires `type`"],
    ],
    [
      "OAuth flows are objects",
      oneOperation(
        OK,
        "components:",
        "  securitySchemes:",
        "    o: { type: oauth2, flows: { implicit: 1, password: 2, clientCredentials: 3, authorizationCode: 4 } }",
      ),
      [
        "10:43 error PG121: expected an OAuthFlow object, got integer",
        "10:56 error PG121: expected an OAuthFlow object, got integer",
        "10:78 error PG121: expected an OAuthFlow object, got integer",
        "10:100 error PG121: expected an OAuthFlow object, got integer",
      ],
    ],
    [
      "an OAuth flow's fields",
      oneOperation(
        OK,
        "components:",
        "  securitySchemes:",
        "    o: { type: oauth2, flows: { clientCredentials: { tokenUrl: 1, authorizationUrl: 2, refreshUrl: 3, scopes: { a: 4 } } } }",
      ),
      [
        "10:64 error PG121: `tokenUrl` must be a string, got integer",
        "10:85 error PG121: `authorizationUrl` must be a string, got integer",
        "10:100 error PG121: `refreshUrl` must be a string, got integer",
        "10:116 error PG121: `a` must be a string, got integer",
      ],
    ],
    [
      "an OAuth flow needs scopes",
      oneOperation(
        OK,
        "components:",
        "  securitySchemes:",
        "    o: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://t' } } }",
      ),
      ["10:33 error PG122: an OAuthFlow object requires `scopes`"],
    ],
    [
      "a tag needs a name",
      oneOperation(OK, "tags: [{ description: x }]"),
      ["8:8 error PG122: a Tag object requires `name`"],
    ],
    [
      "external docs need a url that is a string",
      oneOperation(
        OK,
        "externalDocs: { description: x }",
        "tags: [{ name: t, externalDocs: { url: 1 } }]",
      ),
      [
        "8:1 error PG122: an ExternalDocs object requires `url`",
        "9:40 error PG121: `url` must be a string, got integer",
      ],
    ],
    [
      "unevaluated keywords are booleans or schemas",
      oneOperation(
        OK,
        "components:",
        "  schemas:",
        "    S: { type: object, unevaluatedProperties: 1, unevaluatedItems: x }",
      ),
      [
        "10:47 error PG121: `unevaluatedProperties` must be a boolean or a Schema object, got integer",
        "10:68 error PG121: `unevaluatedItems` must be a boolean or a Schema object, got string",
      ],
    ],
  ])("%s", (_name, yaml, expected) => {
    expect(diagnosticsOf(yaml)).toEqual(expected);
  });

  it.each([
    [
      "a header by $ref",
      oneOperation(
        [
          "responses: { '200': { description: OK, headers: { X-A: { $ref: '#/components/headers/A' } } } }",
        ],
        "components:",
        "  headers:",
        "    A: { schema: { type: string } }",
      ),
    ],
    [
      "a cookie parameter",
      oneOperation(["parameters: [{ name: c, in: cookie, schema: { type: string } }]", ...OK]),
    ],
    [
      "every security scheme type",
      oneOperation(
        OK,
        "components:",
        "  securitySchemes:",
        "    a: { type: apiKey, in: header, name: X }",
        "    h: { type: http, scheme: bearer }",
        "    o: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://t', scopes: {} } } }",
        "    i: { type: openIdConnect, openIdConnectUrl: 'https://i' }",
        "    m: { type: mutualTLS }",
        "    r: { $ref: '#/components/securitySchemes/a' }",
      ),
    ],
  ])("accepts %s", (_name, yaml) => {
    expect(diagnosticsOf(yaml)).toEqual([]);
  });
});
