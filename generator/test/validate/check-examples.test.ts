import { describe, expect, it } from "vitest";
import { diagnosticsOf, oneOperation } from "./diagnostics-of.js";

/** Only the example check's findings (PG140 mismatches, PG141 schemas ajv cannot compile). */
const exampleFindings = (yaml: string): string[] =>
  diagnosticsOf(yaml, { profile: "openapi", asHouse: new Set(["PG140"]) }).filter((line) =>
    /PG14[01]/.test(line),
  );
const MISMATCH = "example does not match its schema: ";
/** A document of `version` whose one schema `S` is `schema` (line 5), plus `extra` lines. */
const withSchema = (version: string, schema: string, ...extra: string[]): string =>
  [
    `openapi: ${version}`,
    "info: { title: Shop, version: '1' }",
    "components:",
    "  schemas:",
    `    S: ${schema}`,
    ...extra,
  ].join("\n") + "\n";
const v31 = (schema: string, ...extra: string[]) => withSchema("3.1.0", schema, ...extra);
const v30 = (schema: string, ...extra: string[]) =>
  withSchema("3.0.3", schema, ...extra).replace("components:", "paths: {}\ncomponents:");

/** A 3.0 document whose GET /a has the parameter `parameter` (lines) and whose schemas are `schemas`. */
const v30Parameter = (parameter: string[], schemas: string[]): string =>
  [
    "openapi: 3.0.3",
    "info: { title: Shop, version: '1' }",
    "paths:",
    "  /a:",
    "    get:",
    "      parameters:",
    ...parameter.map((line) => `        ${line}`),
    "      responses: { '200': { description: ok } }",
    "components:",
    "  schemas:",
    ...schemas.map((line) => `    ${line}`),
  ].join("\n") + "\n";

describe("checkExamples: where examples are found (collectExampleSites)", () => {
  it.each([
    [
      "a schema's example",
      v31("{ type: integer, example: x }"),
      ["5:34 error PG140: example does not match its schema: the value must be integer"],
    ],
    [
      "each of a schema's examples",
      v31("{ type: integer, examples: [1, x, 2, y] }"),
      [
        "5:39 error PG140: example does not match its schema: the value must be integer",
        "5:45 error PG140: example does not match its schema: the value must be integer",
      ],
    ],
    [
      "under properties, items, allOf and additionalProperties",
      v31(
        "{ properties: { a: { type: integer, example: x } }, items: { type: integer, example: y }, allOf: [{ type: integer, example: z }], additionalProperties: { type: integer, example: w } }",
      ),
      [
        "5:53 error PG140: example does not match its schema: the value must be integer",
        "5:93 error PG140: example does not match its schema: the value must be integer",
        "5:132 error PG140: example does not match its schema: the value must be integer",
        "5:186 error PG140: example does not match its schema: the value must be integer",
      ],
    ],
    [
      "not beside a $ref",
      v31("{ $ref: '#/components/schemas/T', example: x }", "    T: { type: integer }"),
      [],
    ],
    [
      "a parameter's example and examples",
      oneOperation([
        "parameters:",
        "  - { name: n, in: query, schema: { type: integer }, example: x, examples: { e1: { value: y }, e2: { summary: none } } }",
        "responses: { '200': { description: OK } }",
      ]),
      [
        "8:69 error PG140: example does not match its schema: the value must be integer",
        "8:97 error PG140: example does not match its schema: the value must be integer",
      ],
    ],
    [
      "a media type's example, not its x- keys",
      oneOperation([
        "responses:",
        "  '200':",
        "    description: OK",
        "    content:",
        "      application/json: { schema: { type: integer }, example: x, x-sample: { schema: { type: integer }, example: y } }",
      ]),
      ["11:69 error PG140: example does not match its schema: the value must be integer"],
    ],
    [
      "schemas elsewhere than components.schemas are not walked as schema maps",
      [
        "openapi: 3.1.0",
        "info: { title: Shop, version: '1' }",
        "paths: {}",
        "x-schemas: { S: { type: integer, example: x } }",
        "components:",
        "  schemas:",
        "    S: { type: integer, example: y }",
      ].join("\n") + "\n",
      ["7:34 error PG140: example does not match its schema: the value must be integer"],
    ],
  ])("%s", (_name, yaml, expected) => {
    expect(exampleFindings(yaml)).toEqual(expected);
  });
});

describe("checkExamples: what is data, not a place to look", () => {
  const mediaType = (...lines: string[]): string =>
    oneOperation([
      "requestBody:",
      "  content:",
      "    application/json:",
      ...lines.map((line) => `      ${line}`),
      "responses: { '200': { description: OK } }",
    ]).replace("get:", "post:");

  it("example values, named examples and schemas are not walked as OpenAPI objects", () => {
    const yaml = mediaType(
      "schema: { type: object, properties: { p: { schema: { type: integer }, example: x } } }",
      "example: { schema: { type: integer }, example: x }",
      "examples: { e: { value: { schema: { type: integer }, example: y } } }",
    );
    expect(exampleFindings(yaml)).toEqual([]);
  });

  it("a media type without a schema has nothing to check its example against", () => {
    expect(exampleFindings(mediaType("example: x"))).toEqual([]);
  });

  it("a component parameter is an OpenAPI object, not a schema", () => {
    const yaml = v31(
      "{ type: integer }",
      "  parameters:",
      "    P: { name: p, in: query, schema: { type: integer }, example: x }",
    );
    expect(exampleFindings(yaml)).toEqual([
      `7:66 error PG140: ${MISMATCH}the value must be integer`,
    ]);
  });

  it("a $ref with siblings (3.1) is checked with the siblings, not as its bare target", () => {
    const yaml = mediaType(
      "schema: { $ref: '#/components/schemas/T', maximum: 3 }",
      "example: 5",
    ).concat("components:\n  schemas:\n    T: { type: integer }\n");
    expect(exampleFindings(yaml)).toEqual([`11:22 error PG140: ${MISMATCH}the value must be <= 3`]);
  });

  it("an example is checked against its own properties, not Object.prototype's", () => {
    expect(exampleFindings(v31("{ type: object, required: [constructor], example: {} }"))).toEqual([
      `5:58 error PG140: ${MISMATCH}the value must have required property 'constructor'`,
    ]);
  });
});

describe("checkExamples: the document ajv sees (withoutExampleData)", () => {
  it("an $id inside example or extension data is not a schema id: repeating it clashes with nothing", () => {
    const yaml = v31(
      "{ type: object, example: { $id: 'urn:dup' }, examples: [{ $id: 'urn:dup' }], x-meta: { $id: 'urn:dup' } }",
      "    T: { type: integer, example: x, x-meta: { $id: 'urn:dup' } }",
      "  x-shared: { $id: 'urn:dup' }",
    );
    expect(exampleFindings(yaml)).toEqual([
      `6:34 error PG140: ${MISMATCH}the value must be integer`,
    ]);
  });

  it.each([
    ["example", "{ example: x }", "5:77"],
    ["examples", "{ examples: x }", "5:78"],
    ["x-tra", "{ x-tra: x }", "5:75"],
  ])("a property named %s is a schema, not data", (name, example, at) => {
    const yaml = v31(
      `{ type: object, properties: { ${name}: { type: integer } }, example: ${example} }`,
    );
    expect(exampleFindings(yaml)).toEqual([
      `${at} error PG140: ${MISMATCH}/${name} must be integer`,
    ]);
  });

  it("a component schema named like a keyword is still compiled", () => {
    const yaml = v31(
      "{ $ref: '#/components/schemas/example' }",
      "    example: { type: integer }",
      "    x-int: { type: integer }",
      "    U: { allOf: [{ $ref: '#/components/schemas/example' }, { $ref: '#/components/schemas/x-int' }], example: x }",
    );
    expect(exampleFindings(yaml)).toEqual([
      `8:110 error PG140: ${MISMATCH}the value must be integer`,
    ]);
  });
});

describe("checkExamples: what a mismatch says (describeErrors)", () => {
  it.each([
    [
      "a nested path",
      v31("{ type: object, properties: { a: { type: integer } }, example: { a: x } }"),
      ["5:71 error PG140: example does not match its schema: /a must be integer"],
    ],
    [
      "the allowed values",
      v31("{ enum: [a, 1, null], example: b }"),
      [
        '5:39 error PG140: example does not match its schema: the value must be equal to one of the allowed values ("a", 1, null)',
      ],
    ],
    [
      "the extra property",
      v31(
        "{ type: object, additionalProperties: false, properties: { a: {} }, example: { a: 1, b: 2 } }",
      ),
      [
        "5:85 error PG140: example does not match its schema: the value must NOT have additional properties (`b`)",
      ],
    ],
    [
      "a format",
      v31("{ type: string, format: email, example: nobody }"),
      ['5:48 error PG140: example does not match its schema: the value must match format "email"'],
    ],
  ])("%s", (_name, yaml, expected) => {
    expect(exampleFindings(yaml)).toEqual(expected);
  });
});

describe("checkExamples: OpenAPI 3.0 schemas (toDraft7)", () => {
  it.each([
    [
      "exclusiveMinimum: true excludes the bound",
      v30("{ type: integer, minimum: 5, exclusiveMinimum: true, example: 5 }"),
      ["6:70 error PG140: example does not match its schema: the value must be > 5"],
    ],
    [
      "exclusiveMaximum: true excludes the bound",
      v30("{ type: integer, maximum: 5, exclusiveMaximum: true, example: 5 }"),
      ["6:70 error PG140: example does not match its schema: the value must be < 5"],
    ],
    [
      "exclusiveMinimum: false keeps the bound inclusive",
      v30("{ type: integer, minimum: 5, exclusiveMinimum: false, example: 5 }"),
      [],
    ],
    [
      "exclusiveMaximum: true without maximum is dropped",
      v30("{ type: integer, exclusiveMaximum: true, example: 5 }"),
      [],
    ],
    [
      "nullable: true with a type allows null",
      v30("{ type: integer, nullable: true, example: null }"),
      [],
    ],
    [
      "nullable: true with an enum allows null",
      v30("{ type: string, enum: [a], nullable: true, example: null }"),
      [],
    ],
    [
      "nullable: true without a type allows null beside the rest",
      v30(
        "{ minimum: 1, nullable: true, description: d, example: null }",
        "    U: { minimum: 1, nullable: true, example: 0 }",
      ),
      ["7:47 error PG140: example does not match its schema: the value must be >= 1"],
    ],
    [
      "nullable: true beside a $ref",
      v30(
        "{ allOf: [{ $ref: '#/components/schemas/T' }], nullable: true, example: null }",
        "    T: { type: integer }",
      ),
      [],
    ],
    [
      "nullable: true with a type still checks the type",
      v30("{ type: integer, nullable: true, example: x }"),
      [`6:50 error PG140: ${MISMATCH}the value must be integer,null`],
    ],
    [
      "nullable: false changes nothing",
      v30("{ type: integer, nullable: false, example: null }"),
      ["6:51 error PG140: example does not match its schema: the value must be integer"],
    ],
    [
      "enum data keeps its own keys",
      v30(
        "{ enum: [{ nullable: true, exclusiveMinimum: true }], example: { nullable: true, exclusiveMinimum: true } }",
      ),
      [],
    ],
  ])("%s", (_name, yaml, expected) => {
    expect(exampleFindings(yaml)).toEqual(expected);
  });
});

describe("checkExamples: compiling", () => {
  it("a pattern valid only without the u flag still checks examples", () => {
    expect(exampleFindings(v31("{ type: string, pattern: '^[\\w-.]+$', example: 'a b' }"))).toEqual(
      [`5:55 error PG140: ${MISMATCH}the value must match pattern "^[\\w-.]+$"`],
    );
    expect(exampleFindings(v31("{ type: string, pattern: '^\\p{Lu}$', example: 'É' }"))).toEqual(
      [],
    );
  });

  it("a schema ajv cannot compile is reported once, however many examples it has", () => {
    expect(
      exampleFindings(v31("{ type: integer, exclusiveMaximum: true, examples: [1, 2] }")),
    ).toEqual([
      '5:8 warning PG141: schema cannot be compiled: exclusiveMaximum value must be ["number"]',
    ]);
  });

  it("in 3.0, a schema under `nullable` without a plain type is checked where toDraft7 moved it", () => {
    // S becomes `anyOf: [S without nullable, { type: null }]`: its own alternatives sit one level down.
    const yaml = v30Parameter(
      ["- { name: n, in: query, schema: { $ref: '#/components/schemas/S' }, example: true }"],
      [
        "S: { nullable: true, anyOf: [{ type: string, example: 1 }, { type: number, example: 2 }] }",
      ],
    );
    expect(exampleFindings(yaml)).toEqual([
      `7:86 error PG140: ${MISMATCH}the value must be string`,
      `11:59 error PG140: ${MISMATCH}the value must be string`,
    ]);
  });

  it.each([
    ["`nullable: false` without a type constrains nothing", "{ nullable: false, example: 1 }", []],
    ["`nullable` without a type admits null", "{ nullable: true, example: null }", []],
  ])("3.0: %s", (_name, schema, expected) => {
    expect(exampleFindings(v30(schema))).toEqual(expected);
  });

  it("3.0: `nullable` beside `type` and `$ref` admits null (the $ref does not apply to it)", () => {
    const yaml = v30Parameter(
      [
        "- name: n",
        "  in: query",
        "  schema: { type: integer, nullable: true, $ref: '#/components/schemas/T' }",
        "  example: null",
      ],
      ["T: { type: integer }"],
    );
    expect(exampleFindings(yaml)).toEqual([]);
    expect(exampleFindings(yaml.replace("example: null", "example: x"))).toEqual([
      `10:20 error PG140: ${MISMATCH}the value must be integer`,
    ]);
  });

  it("in 3.1, nothing moves: a schema under `nullable` is checked where it is written", () => {
    // The 3.1 copy keeps its shape: the branch's example is compiled at its own pointer.
    expect(
      exampleFindings(v31("{ nullable: true, anyOf: [{ type: string, example: 1 }], example: 2 }")),
    ).toEqual([
      `5:8 warning PG141: schema cannot be compiled: "nullable" cannot be used without "type"`,
      `5:59 error PG140: ${MISMATCH}the value must be string`,
    ]);
  });

  it("a schema that is only a $ref is compiled as its target, shared", () => {
    expect(
      exampleFindings(
        v31(
          "{ $ref: '#/components/schemas/T' }",
          "    T: { type: integer, example: 1 }",
          "    V: { allOf: [{ $ref: '#/components/schemas/T' }], example: x }",
        ),
      ),
    ).toEqual([`7:64 error PG140: ${MISMATCH}the value must be integer`]);
  });
});
