import { describe, expect, it } from "vitest";
import { MAX_SHAPE_DEPTH } from "./limits.js";
import { findMismatch, type ShapeSchema } from "./shape.js";

/** A value and a matching schema nested `levels` objects deep through `inner`, without `$ref`s. */
function nested(levels: number): { schema: ShapeSchema; value: unknown } {
  let schema: ShapeSchema = { type: "object", required: ["leaf"] };
  let value: unknown = { leaf: true };
  for (let level = 0; level < levels; level++) {
    schema = { type: "object", properties: { inner: schema } };
    value = { inner: value };
  }
  return { schema, value };
}

describe("findMismatch nesting limit", () => {
  it("checks a value nested exactly MAX_SHAPE_DEPTH levels deep", () => {
    const { schema, value } = nested(MAX_SHAPE_DEPTH);
    expect(findMismatch(schema, value, {})).toBeUndefined();
  });

  it("refuses a value one level deeper, at the path where it stopped", () => {
    const { schema, value } = nested(MAX_SHAPE_DEPTH + 1);
    const path = `$${".inner".repeat(MAX_SHAPE_DEPTH + 1)}`;
    expect(findMismatch(schema, value, {})).toBe(
      `${path}: nested more than ${MAX_SHAPE_DEPTH} levels deep`,
    );
  });

  it("counts `$ref` hops, so a schema referring to itself ends instead of overflowing the stack", () => {
    const definitions = { Loop: { $ref: "#/components/schemas/Loop" } };
    expect(findMismatch({ $ref: "#/components/schemas/Loop" }, {}, definitions)).toBe(
      `$: nested more than ${MAX_SHAPE_DEPTH} levels deep`,
    );
  });
});

describe("findMismatch keywords", () => {
  const check = (
    schema: ShapeSchema,
    value: unknown,
    definitions: Record<string, ShapeSchema> = {},
  ) => findMismatch(schema, value, definitions);

  it.each([
    ["string", "x", 1],
    ["integer", 3, 3.5],
    ["number", 3.5, "3.5"],
    ["boolean", false, 0],
    ["array", [], {}],
    ["object", {}, []],
    ["null", null, 0],
  ])("type %s accepts %j and refuses %j", (type, accepted, refused) => {
    expect(check({ type }, accepted)).toBeUndefined();
    expect(check({ type }, refused)).toBe(`$: expected ${type}`);
  });

  it("refuses null as an object, and accepts any value for a type it does not know", () => {
    expect(check({ type: "object" }, null)).toBe("$: expected object");
    expect(check({ type: "file" }, 42)).toBeUndefined();
  });

  it("accepts any of a list of types and names them all when none fits", () => {
    expect(check({ type: ["string", "null"] }, null)).toBeUndefined();
    expect(check({ type: ["string", "integer"] }, 2)).toBeUndefined();
    expect(check({ type: ["string", "integer"] }, true)).toBe("$: expected string or integer");
  });

  it("accepts null for a nullable schema only", () => {
    expect(check({ type: "string", nullable: true }, null)).toBeUndefined();
    expect(check({ type: "string", nullable: false }, null)).toBe("$: expected string");
    expect(check({ type: "string" }, null)).toBe("$: expected string");
  });

  it("checks const and enum by identity, listing the expected values", () => {
    expect(check({ const: "a" }, "a")).toBeUndefined();
    expect(check({ const: "a" }, "b")).toBe('$: expected "a"');
    expect(check({ enum: ["a", 1] }, 1)).toBeUndefined();
    expect(check({ enum: ["a", 1] }, "1")).toBe('$: expected one of "a", 1');
  });

  it("needs every allOf part, and one anyOf or oneOf alternative", () => {
    const allOf = { allOf: [{ required: ["a"] }, { required: ["b"] }] };
    expect(check(allOf, { a: 1, b: 2 })).toBeUndefined();
    expect(check(allOf, { a: 1 })).toBe("$.b: required");
    for (const keyword of ["anyOf", "oneOf"]) {
      const schema = { [keyword]: [{ type: "string" }, { type: "integer" }] };
      expect(check(schema, 1)).toBeUndefined();
      expect(check(schema, "1")).toBeUndefined();
      expect(check(schema, true)).toBe(`$: matches none of the ${keyword} alternatives`);
    }
  });

  it("checks required and declared properties, and extra ones only when they are forbidden", () => {
    const schema = { type: "object", required: ["id"], properties: { id: { type: "string" } } };
    expect(check(schema, { id: "x", extra: 1 })).toBeUndefined();
    expect(check(schema, {})).toBe("$.id: required");
    expect(check(schema, { id: 1 })).toBe("$.id: expected string");
    expect(check({ ...schema, additionalProperties: false }, { id: "x", extra: 1 })).toBe(
      "$.extra: not allowed",
    );
    expect(check({ ...schema, additionalProperties: false }, { id: "x" })).toBeUndefined();
  });

  it("writes a name that is not plain as a quoted segment: cut, one line, printable ASCII only", () => {
    const closed = { type: "object", additionalProperties: false };
    expect(check(closed, { "a.b": 1 })).toBe('$["a.b"]: not allowed');
    expect(check(closed, { "x\u202e\u001b[31m\n": 1 })).toBe(
      '$["x\\u202e\\u001b[31m\\n"]: not allowed',
    );
    const long = "k".repeat(10_000);
    const message = check(closed, { [long]: 1 })!;
    expect(message).toBe(`$["${"k".repeat(64)}\\u2026"]: not allowed`);
    // A name of exactly 64 characters is shown whole.
    expect(check(closed, { ["-".repeat(64)]: 1 })).toBe(`$["${"-".repeat(64)}"]: not allowed`);
    expect(check({ required: ["two words"] }, {})).toBe('$["two words"]: required');
    expect(check({ properties: { é: { type: "string" } } }, { é: 1 })).toBe(
      '$["\\u00e9"]: expected string',
    );
  });

  it("reports the first property that does not match, in the value's order", () => {
    const schema = { properties: { a: { type: "string" }, b: { type: "string" } } };
    expect(check(schema, { b: 1, a: 1 })).toBe("$.b: expected string");
  });

  it("checks every array item against items, naming the first bad index", () => {
    const schema = { type: "array", items: { type: "integer" } };
    expect(check(schema, [1, 2])).toBeUndefined();
    expect(check(schema, [1, "2", "3"])).toBe("$[1]: expected integer");
  });

  it("follows $ref into the definitions and names a reference it cannot resolve", () => {
    const definitions = { Id: { type: "string" } };
    expect(check({ $ref: "#/components/schemas/Id" }, "x", definitions)).toBeUndefined();
    expect(check({ $ref: "#/components/schemas/Id" }, 1, definitions)).toBe("$: expected string");
    expect(check({ $ref: "#/components/schemas/Nope" }, 1, definitions)).toBe(
      "$: unknown schema #/components/schemas/Nope",
    );
  });

  it("starts paths at the given root", () => {
    expect(findMismatch({ required: ["a"] }, {}, {}, "$.body")).toBe("$.body.a: required");
  });
});
