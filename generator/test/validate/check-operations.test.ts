import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "./diagnostics-of.js";

const HEAD = [
  "openapi: 3.1.0",
  "info: { title: Shop, version: '1' }",
  "components:",
  "  securitySchemes:",
  "    key: { type: http, scheme: basic }",
  "  parameters:",
  "    Id: { name: id, in: path, required: true, schema: { type: string } }",
  "paths:",
];
const OK = "responses: { '200': { description: OK } }";
const spec = (...lines: string[]): string => [...HEAD, ...lines].join("\n") + "\n";
const errors = (...lines: string[]): string[] =>
  diagnosticsOf(spec(...lines), { profile: "house" });

describe("operation checks", () => {
  it("accepts operations with unique ids, a success response and matching path parameters", () => {
    expect(
      errors(
        "  /items/{id}:",
        "    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]",
        `    get: { operationId: getItem, ${OK} }`,
        `    put: { operationId: putItem, responses: { 2XX: { description: OK } } }`,
        `    post: { operationId: postItem, responses: { '303': { description: See } } }`,
      ),
    ).toEqual([]);
  });

  it("PG130: an operation without an operationId, or with an empty one", () => {
    expect(errors("  /a:", `    get: { ${OK} }`, `    post: { operationId: "", ${OK} }`)).toEqual([
      "10:5 error PG130: GET /a has no operationId",
      "11:5 error PG130: POST /a has no operationId",
    ]);
  });

  it("PG131: a duplicate operationId names the line of the first", () => {
    expect(
      errors(
        "  /a:",
        `    get: { operationId: same, ${OK} }`,
        "  /b:",
        `    get: { operationId: same, ${OK} }`,
        `    post: { operationId: same, ${OK} }`,
      ),
    ).toEqual([
      '12:25 error PG131: duplicate operationId "same" (first at line 10)',
      '13:26 error PG131: duplicate operationId "same" (first at line 10)',
    ]);
  });

  it("PG132: no responses at all, or none for success", () => {
    expect(
      errors(
        "  /a:",
        "    get: { operationId: a }",
        "    put: { operationId: b, responses: {} }",
        "    post:",
        "      operationId: c",
        "      responses: { '400': { description: Bad }, '1XX': { description: Info }, '20': { description: Short } }",
      ),
    ).toEqual([
      "10:5 error PG132: GET /a declares no responses",
      "11:5 error PG132: PUT /a declares no responses",
      "14:7 error PG132: POST /a declares no success (2xx/3xx) response",
    ]);
  });

  it("PG134: template and declared path parameters must match, path-level and $ref'd ones included", () => {
    expect(
      errors(
        "  /shops/{shop}/items/{id}/{sub}:",
        "    parameters: [{ name: shop, in: path, required: true, schema: { type: string } }]",
        "    get:",
        "      operationId: getItem",
        "      parameters:",
        "        - $ref: '#/components/parameters/Id'",
        "        - { name: sub, in: query, schema: { type: string } }",
        "        - { name: other, in: path, required: true, schema: { type: string } }",
        "        - { name: 5, in: path }",
        `      ${OK}`,
      ).filter((line) => line.includes("PG134")),
    ).toEqual([
      "11:5 error PG134: path parameter {sub} of /shops/{shop}/items/{id}/{sub} is not declared as an `in: path` parameter",
      "16:11 error PG134: path parameter `other` does not appear in /shops/{shop}/items/{id}/{sub}",
    ]);
  });

  it("PG133: security requirements must name declared schemes, at the root and per operation", () => {
    expect(
      errors(
        "  /a:",
        "    get:",
        "      operationId: a",
        "      security: [{ key: [] }, { nokey: [], key: [] }, not-a-requirement]",
        `      ${OK}`,
        "  /b:",
        `    get: { operationId: b, security: none, ${OK} }`,
        "security: [{ rootless: [] }]",
      ).filter((line) => line.includes("PG133")),
    ).toEqual([
      '12:33 error PG133: security scheme "nokey" is not declared in components.securitySchemes',
      '16:14 error PG133: security scheme "rootless" is not declared in components.securitySchemes',
    ]);
  });

  it("PG133 when no security scheme is declared at all", () => {
    const lines = [
      "openapi: 3.1.0",
      "info: { title: Shop, version: '1' }",
      "security: [{ key: [] }]",
      "paths: {}",
    ];
    expect(diagnosticsOf(lines.join("\n") + "\n")).toEqual([
      '3:14 error PG133: security scheme "key" is not declared in components.securitySchemes',
    ]);
  });

  it("webhook operations need neither an operationId nor a success response, but their security is checked", () => {
    expect(
      errors(
        "  /a:",
        `    get: { operationId: a, ${OK} }`,
        "webhooks:",
        "  itemCreated:",
        "    post: { security: [{ nokey: [] }] }",
      ),
    ).toEqual([
      '13:26 error PG133: security scheme "nokey" is not declared in components.securitySchemes',
    ]);
  });
});
