import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "./diagnostics-of.js";

const INFO = "info: { title: Shop, version: '1' }";
/** A document of `version` with the top-level `lines`; the first line is 3. */
const doc = (version: string, ...lines: string[]): string =>
  [`openapi: ${version}`, INFO, ...lines].join("\n") + "\n";
/** A 3.1 document whose one schema `S` is `schema` (on line 5). */
const schema = (text: string): string =>
  doc("3.1.0", "components:", "  schemas:", `    S: ${text}`);
/** A 3.1 (or 3.0) document whose one security scheme `k` is `scheme` (on line 6). */
const scheme = (text: string, version = "3.1.0"): string =>
  doc(version, "paths: {}", "components:", "  securitySchemes:", `    k: ${text}`);

describe("validateSpec: field types and value rules (check-structure.ts)", () => {
  it.each([
    [
      "a field of alternatives",
      schema("{ type: 1 }"),
      ["5:16 error PG121: `type` must be a string or a list of strings, got integer"],
    ],
    [
      "a mapping",
      doc("3.1.0", "paths: 1"),
      ["3:8 error PG121: `paths` must be a mapping, got integer"],
    ],
    [
      "a path item that is not an object",
      doc("3.1.0", "paths: { /a: 1 }"),
      ["3:14 error PG121: expected a PathItem object, got integer"],
    ],
    [
      "the info object",
      "openapi: 3.1.0\ninfo: 1\n",
      ["2:7 error PG121: expected an Info object, got integer"],
    ],
    [
      "a list of shapes",
      doc("3.1.0", "servers: 1"),
      ["3:10 error PG121: `servers` must be a list of Server objects, got integer"],
    ],
    [
      "a list of strings, item by item",
      schema("{ type: object, required: [a, 1] }"),
      ["5:38 error PG121: `required[1]` must be a string, got integer"],
    ],
    [
      "x- keys of a schema map are schemas",
      schema("{ type: object, properties: { x-a: 1 } }"),
      ["5:43 error PG121: expected a Schema object, got integer"],
    ],
    [
      "x- keys of other maps are extensions",
      doc(
        "3.1.0",
        "paths:",
        "  /a:",
        "    get:",
        "      operationId: getA",
        "      responses: { x-note: 1, '200': { description: OK } }",
      ),
      [],
    ],
    [
      "primitive field types",
      schema("{ title: 1, deprecated: 'yes', minimum: x, minLength: 1.5, enum: 1 }"),
      [
        "5:17 error PG121: `title` must be a string, got integer",
        "5:32 error PG121: `deprecated` must be a boolean, got string",
        "5:48 error PG121: `minimum` must be a number, got string",
        "5:62 error PG121: `minLength` must be an integer, got number",
        "5:73 error PG121: `enum` must be an array, got integer",
      ],
    ],
    [
      "a mapping primitive",
      doc("3.1.0", "components:", "  callbacks: { c: 1 }", "  links: 2"),
      [
        "4:19 error PG121: `c` must be a mapping, got integer",
        "5:10 error PG121: `links` must be a mapping, got integer",
      ],
    ],
    [
      "an unknown schema type",
      schema("{ type: [strin, 'null'] }"),
      ["5:16 error PG123: unknown schema type `strin`"],
    ],
    [
      "negative limits",
      schema(
        "{ minLength: -1, maxLength: -1, minItems: -1, maxItems: -1, minProperties: -1, maxProperties: -1, minimum: -1 }",
      ),
      [
        "5:21 error PG123: `minLength` must not be negative",
        "5:36 error PG123: `maxLength` must not be negative",
        "5:50 error PG123: `minItems` must not be negative",
        "5:64 error PG123: `maxItems` must not be negative",
        "5:83 error PG123: `minProperties` must not be negative",
        "5:102 error PG123: `maxProperties` must not be negative",
      ],
    ],
    [
      "an empty enum",
      schema("{ enum: [] }"),
      ["5:16 error PG123: `enum` must list at least one value"],
    ],
    [
      "an unknown security scheme type",
      scheme("{ type: basic }"),
      ["6:16 error PG123: unknown security scheme type `basic`"],
    ],
    [
      "mutualTLS in OpenAPI 3.0",
      scheme("{ type: mutualTLS }", "3.0.3"),
      ["6:16 error PG123: unknown security scheme type `mutualTLS`"],
    ],
    ["mutualTLS in OpenAPI 3.1", scheme("{ type: mutualTLS }"), []],
    [
      "an apiKey scheme without name and in",
      scheme("{ type: apiKey }"),
      [
        "6:5 error PG122: apiKey security schemes require `name`",
        "6:5 error PG122: apiKey security schemes require `in`",
      ],
    ],
    [
      "an http scheme without scheme",
      scheme("{ type: http }"),
      ["6:5 error PG122: http security schemes require `scheme`"],
    ],
    [
      "an oauth2 scheme without flows",
      scheme("{ type: oauth2 }"),
      ["6:5 error PG122: oauth2 security schemes require `flows`"],
    ],
    [
      "an openIdConnect scheme without its URL",
      scheme("{ type: openIdConnect }"),
      ["6:5 error PG122: openIdConnect security schemes require `openIdConnectUrl`"],
    ],
  ])("%s", (_name, yaml, expected) => {
    expect(diagnosticsOf(yaml)).toEqual(expected);
  });
});
