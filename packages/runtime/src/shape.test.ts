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
