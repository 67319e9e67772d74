import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadSpec, type LoadedSpec } from "../../src/load/index.js";
import { collectExampleSites, nodeAt, siteValidators } from "../../src/validate/check-examples.js";
import { CheckContext } from "../../src/validate/context.js";
import { createExampleScreen } from "../../src/validate/example-screen.js";

/**
 * The screen may only say "passes" where ajv (configured as checkExamples configures it) accepts
 * the value; for the schemas it understands it must say so every time ajv does.
 */
type Version = "3.0" | "3.1";
const S = "/components/schemas/S";

function contextOf(document: Record<string, unknown>, version: Version): CheckContext {
  return new CheckContext({ document } as unknown as LoadedSpec, version);
}

/** ajv's verdict on each pointer's schema, as checkExamples asks it; undefined where it has none. */
function ajvVerdicts(ctx: CheckContext, sites: ReadonlyArray<{ pointer: string; value: unknown }>) {
  const validators = siteValidators(
    ctx.document,
    ctx.version,
    sites.map((site) => site.pointer),
  );
  return sites.map(({ pointer, value }) => {
    const entry = validators.at(pointer);
    return "validate" in entry && entry.validate ? Boolean(entry.validate(value)) : undefined;
  });
}

function documentWith(version: Version, schema: unknown): Record<string, unknown> {
  return {
    openapi: version === "3.0" ? "3.0.3" : "3.1.0",
    info: { title: "t", version: "1" },
    components: {
      schemas: {
        S: schema,
        T: { type: "integer", minimum: 0 },
        E: { type: "object", example: { type: "integer" }, "x-note": { type: "string" } },
      },
    },
  };
}

const VALUES: unknown[] = [
  null,
  true,
  0,
  1,
  1.5,
  1.25,
  -1,
  5,
  10,
  2 ** 31,
  "",
  "a",
  "ab",
  "abc",
  "😀",
  "😀😀",
  "É",
  "2024-01-01T00:00:00Z",
  "2024-13-01T00:00:00Z",
  "https://example.test/a",
  "not a uri",
  [],
  [1],
  [1, 1],
  [1, "a"],
  [1, 2, 3],
  [{ a: 1 }, { a: 1 }],
  {},
  { a: "x" },
  { a: 1 },
  { a: "x", b: 1 },
  { x1: 1 },
  { xa: "s" },
  { y: "s" },
  { y: 1 },
  { b: [true], a: 1 },
  { b: [true, 1], a: 1 },
  { a: 1, b: [true, 2] },
  { a: 1, b: [true, 1, 3] },
  { a: 1, b: [true, 1], c: 0 },
  JSON.parse('{"__proto__": 1}'),
];

/** Schemas whose every keyword the screen evaluates: its answer must be ajv's, both ways. */
const UNDERSTOOD: Array<[string, Version, unknown]> = [
  ["integer", "3.1", { type: "integer" }],
  ["type list", "3.1", { type: ["string", "null"] }],
  ["number bounds", "3.1", { type: "number", minimum: 1, exclusiveMaximum: 10, multipleOf: 0.5 }],
  ["exclusive minimum, maximum", "3.1", { exclusiveMinimum: 0, maximum: 5 }],
  ["string lengths in code points", "3.1", { type: "string", minLength: 2, maxLength: 3 }],
  ["a unicode pattern", "3.1", { pattern: "^\\p{Lu}" }],
  ["a pattern only without u", "3.1", { pattern: "^[\\w-.]+$" }],
  ["date-time", "3.1", { format: "date-time" }],
  ["uri", "3.1", { type: "string", format: "uri" }],
  ["int32 (numbers only)", "3.1", { format: "int32" }],
  ["an unknown format constrains nothing", "3.1", { type: "string", format: "unheard-of" }],
  [
    "a format named like an Object.prototype member",
    "3.1",
    { type: "string", format: "constructor" },
  ],
  ["password (always)", "3.1", { type: "string", format: "password" }],
  ["enum", "3.1", { enum: ["a", 1, { a: 1, b: [true] }] }],
  ["const, key order aside", "3.1", { const: { a: 1, b: [true, 1] } }],
  ["array", "3.1", { type: "array", items: { type: "integer" }, minItems: 1, maxItems: 2 }],
  ["unique items", "3.1", { uniqueItems: true }],
  [
    "closed object",
    "3.1",
    {
      type: "object",
      properties: { a: { type: "string" } },
      required: ["a"],
      additionalProperties: false,
    },
  ],
  [
    "pattern properties",
    "3.1",
    { patternProperties: { "^x": { type: "integer" } }, additionalProperties: { type: "string" } },
  ],
  ["property counts", "3.1", { minProperties: 1, maxProperties: 1 }],
  ["own properties only", "3.1", { required: ["constructor"], properties: { toString: false } }],
  [
    "a __proto__ property",
    "3.1",
    { required: ["__proto__"], properties: JSON.parse('{"__proto__": { "type": "integer" }}') },
  ],
  ["allOf", "3.1", { allOf: [{ type: "integer" }, { minimum: 0 }] }],
  ["anyOf", "3.1", { anyOf: [{ type: "string" }, { $ref: "#/components/schemas/T" }] }],
  ["oneOf (exactly one)", "3.1", { oneOf: [{ type: "integer" }, { type: "number" }] }],
  ["not", "3.1", { not: { type: ["null", "boolean"] } }],
  ["$ref with siblings", "3.1", { $ref: "#/components/schemas/T", maximum: 5 }],
  ["boolean schemas", "3.1", { properties: { a: true, b: false } }],
  ["nullable beside type (ajv reads it in 3.1)", "3.1", { type: "string", nullable: true }],
  [
    "annotations",
    "3.1",
    {
      type: "integer",
      title: "t",
      description: "d",
      default: 1,
      example: 2,
      examples: [3],
      deprecated: true,
      readOnly: true,
      writeOnly: false,
      $comment: "c",
      externalDocs: { url: "https://example.test" },
      xml: { name: "n" },
      discriminator: { propertyName: "kind" },
      "x-a": { b: 1 },
    },
  ],
  [
    "a recursive schema",
    "3.1",
    { type: "object", properties: { a: { $ref: "#/components/schemas/S" } }, maxProperties: 1 },
  ],
  ["an unknown format named like no pattern", "3.1", { type: "string", format: "(" }],
  [
    "a property named like no pattern",
    "3.1",
    { properties: { "(": { type: "integer" } }, required: ["("] },
  ],
  ["3.0 nullable type", "3.0", { type: "integer", nullable: true }],
  ["3.0 nullable enum", "3.0", { type: "string", nullable: true, enum: ["a"] }],
  [
    "3.0 nullable without type",
    "3.0",
    { nullable: true, anyOf: [{ type: "string" }, { type: "number" }] },
  ],
  ["3.0 nullable $ref", "3.0", { nullable: true, $ref: "#/components/schemas/T" }],
  ["3.0 boolean exclusiveMinimum", "3.0", { type: "number", minimum: 5, exclusiveMinimum: true }],
  ["3.0 exclusiveMaximum false", "3.0", { maximum: 5, exclusiveMaximum: false }],
];

/** Schemas the screen leaves to ajv whatever the value (it does not evaluate all they say). */
const NOT_UNDERSTOOD: Array<[string, Version, unknown]> = [
  ["if/then", "3.1", { if: { type: "integer" }, then: { minimum: 0 } }],
  ["a 3.0 boolean exclusiveMaximum in 3.1", "3.1", { type: "integer", exclusiveMaximum: true }],
  ["nullable without type in 3.1", "3.1", { nullable: true }],
  ["null type with nullable false", "3.1", { type: "null", nullable: false }],
  ["tuple items in 3.0", "3.0", { items: [{ type: "integer" }] }],
  ["contains", "3.1", { contains: { type: "integer" } }],
  ["an unknown type", "3.1", { type: "int" }],
  ["a $ref to nothing", "3.1", { $ref: "#/components/schemas/Nowhere" }],
  ["a $ref into example data", "3.1", { $ref: "#/components/schemas/E/example" }],
  ["a $ref into an extension", "3.1", { $ref: "#/components/schemas/E/x-note" }],
  [
    "an unknown keyword deep in a branch",
    "3.1",
    { anyOf: [{ type: "string" }, { items: { contains: {} } }] },
  ],
  ["$id", "3.1", { $id: "https://example.test/s", type: "integer" }],
  ["a $ref to another file", "3.1", { $ref: "x.yaml#/components/schemas/T" }],
  ["an empty type list", "3.1", { type: [] }],
  ["a type list with an unknown type", "3.1", { type: ["string", "int"] }],
  ["a type list with a non-string", "3.1", { type: ["string", 1] }],
  ["nullable that is not a boolean", "3.1", { type: "string", nullable: "yes" }],
  ["an empty enum", "3.1", { enum: [] }],
  ["an enum that is not a list", "3.1", { enum: "a" }],
  ["a format that is not a string", "3.1", { format: 5 }],
  ["a pattern that is not a string", "3.1", { pattern: 5 }],
  ["a pattern that does not compile", "3.1", { pattern: "(" }],
  ["multipleOf zero", "3.1", { multipleOf: 0 }],
  ["multipleOf as a string", "3.1", { multipleOf: "2" }],
  ["uniqueItems not a boolean", "3.1", { uniqueItems: "yes" }],
  ["required not a list", "3.1", { required: "a" }],
  ["required with a non-string", "3.1", { required: [1] }],
  ["properties not an object", "3.1", { properties: [{ type: "integer" }] }],
  ["a pattern property that does not compile", "3.1", { patternProperties: { "(": {} } }],
  ["pattern properties not an object", "3.1", { patternProperties: [{}] }],
  ["a pattern property's unknown keyword", "3.1", { patternProperties: { a: { if: {} } } }],
  ["an empty allOf", "3.1", { allOf: [] }],
  ["a bound that is not a number", "3.1", { maxLength: "3" }],
];

describe("example screen", () => {
  it.each(UNDERSTOOD)("agrees with ajv on every value: %s", (_name, version, schema) => {
    const ctx = contextOf(documentWith(version, schema), version);
    const screen = createExampleScreen(ctx.document, version);
    const verdicts = ajvVerdicts(
      ctx,
      VALUES.map((value) => ({ pointer: S, value })),
    );
    const disagreements = VALUES.filter(
      (value, i) => screen.passes(nodeAt(ctx.document, S), value) !== verdicts[i],
    );
    expect(disagreements).toEqual([]);
    // Each of these schemas accepts some value and refuses another: both answers are exercised.
    expect(new Set(verdicts)).toEqual(new Set([true, false]));
  });

  it.each(NOT_UNDERSTOOD)("leaves it to ajv: %s", (_name, version, schema) => {
    const ctx = contextOf(documentWith(version, schema), version);
    const screen = createExampleScreen(ctx.document, version);
    expect(VALUES.filter((value) => screen.passes(nodeAt(ctx.document, S), value))).toEqual([]);
  });

  it("leaves values that are not plain JSON to ajv (YAML's .inf and .nan)", () => {
    const ctx = contextOf(documentWith("3.1", { type: "number" }), "3.1");
    const screen = createExampleScreen(ctx.document, "3.1");
    const schema = nodeAt(ctx.document, S);
    expect([Infinity, NaN, [Infinity], { a: NaN }].map((v) => screen.passes(schema, v))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(screen.passes(schema, 1)).toBe(true);
  });

  it("leaves values that are not JSON data to ajv, whatever the schema", () => {
    const ctx = contextOf(documentWith("3.1", {}), "3.1");
    const screen = createExampleScreen(ctx.document, "3.1");
    const schema = nodeAt(ctx.document, S);
    expect(screen.passes(schema, { a: 1 })).toBe(true);
    const notJson = [undefined, new Date(0), () => 1, 1n, new Map(), Object.create({ a: 1 })];
    expect(notJson.filter((value) => screen.passes(schema, value))).toEqual([]);
  });

  it("leaves a value nested deeper than its limit to ajv, through each kind of child", () => {
    const recursive = { $ref: "#/components/schemas/S" };
    const ctx = contextOf(
      documentWith("3.1", {
        items: recursive,
        properties: { a: recursive },
        patternProperties: { "^p": recursive },
        additionalProperties: recursive,
      }),
      "3.1",
    );
    const screen = createExampleScreen(ctx.document, "3.1");
    const schema = nodeAt(ctx.document, S);
    const nest = (wrap: (inner: unknown) => unknown, depth: number): unknown =>
      depth === 0 ? 1 : wrap(nest(wrap, depth - 1));
    const wraps = [
      (inner: unknown) => [inner],
      (inner: unknown) => ({ a: inner }),
      (inner: unknown) => ({ p: inner }),
      (inner: unknown) => ({ z: inner }),
    ];
    expect(wraps.map((wrap) => screen.passes(schema, nest(wrap, 10)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(wraps.map((wrap) => screen.passes(schema, nest(wrap, 40)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("does not keep a schema as understood when the schema it refers back to turns out not to be", () => {
    // A is not understood (if/then), B refers to A, A to B: asking about A first must not leave B "understood".
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      components: {
        schemas: {
          A: {
            properties: { b: { $ref: "#/components/schemas/B" } },
            if: { type: "object" },
            then: { required: ["z"] },
          },
          B: { properties: { a: { $ref: "#/components/schemas/A" } } },
        },
      },
    };
    const ctx = contextOf(document, "3.1");
    const screen = createExampleScreen(ctx.document, "3.1");
    const [a, b] = ["A", "B"].map((name) => nodeAt(ctx.document, `/components/schemas/${name}`));
    expect(screen.passes(a, {})).toBe(false);
    expect(ajvVerdicts(ctx, [{ pointer: "/components/schemas/B", value: { a: {} } }])).toEqual([
      false,
    ]);
    expect(screen.passes(b, { a: {} })).toBe(false);
  });

  it("leaves a $ref loop that never reaches the value to ajv", () => {
    const ctx = contextOf(
      documentWith("3.1", { allOf: [{ $ref: "#/components/schemas/S" }] }),
      "3.1",
    );
    expect(createExampleScreen(ctx.document, "3.1").passes(nodeAt(ctx.document, S), 1)).toBe(false);
  });

  it("on GitHub's spec, passes only examples ajv accepts, and settles nearly all of them", async () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve("octokit-openapi-b/generated/api.github.com.json");
    const { spec } = await loadSpec(file);
    const ctx = contextOf(spec!.document, "3.0");
    const sites = collectExampleSites(ctx.document);
    const screen = createExampleScreen(ctx.document, "3.0");
    const passed = sites.map((site) =>
      screen.passes(nodeAt(ctx.document, site.schemaPointer), site.value),
    );
    const verdicts = ajvVerdicts(
      ctx,
      sites.map((site) => ({ pointer: site.schemaPointer, value: site.value })),
    );
    const wronglyPassed = sites.filter((_site, i) => passed[i] && verdicts[i] !== true);
    expect(wronglyPassed).toEqual([]);
    expect(sites.length).toBeGreaterThan(2_500);
    expect(passed.filter(Boolean).length / sites.length).toBeGreaterThan(0.95);
    // GitHub's spec has examples ajv refuses (the oracle is live), all of them left to it.
    expect(verdicts.filter((v) => v === false).length).toBeGreaterThan(50);
  }, 60_000);
});
