import { describe, expect, it } from "vitest";
import { SchemaNormalizer, type Schema } from "../../src/diff/normalize/schema.js";
import { StructuralIndex } from "../../src/diff/normalize/structure.js";

/** Normalises `components.schemas[name]` of a document through a `$ref`, as the diff does. */
function component(schemas: Record<string, unknown>, name: string): Schema {
  return new SchemaNormalizer({ components: { schemas } }).normalize(
    { $ref: `#/components/schemas/${name}` },
    "/",
  );
}

const node = (child: unknown) => ({
  type: "object",
  properties: { id: { type: "string" }, parent: child },
});

describe("structural classes", () => {
  it("make recursive schemas with the same contract equal, whatever they are named", () => {
    const a = component({ Node: node({ $ref: "#/components/schemas/Node" }) }, "Node");
    const b = component({ Tree: node({ $ref: "#/components/schemas/Tree" }) }, "Tree");
    expect(new StructuralIndex([a, b]).same(a, b)).toBe(true);
  });

  it("tell apart recursive schemas that differ only after one turn of the cycle", () => {
    // A ↔ B alternate; C is A with B's id typed as an integer: equal at the root, different one level down.
    const ab = {
      A: node({ $ref: "#/components/schemas/B" }),
      B: node({ $ref: "#/components/schemas/A" }),
    };
    const cd = {
      C: node({ $ref: "#/components/schemas/D" }),
      D: {
        type: "object",
        properties: { id: { type: "integer" }, parent: { $ref: "#/components/schemas/C" } },
      },
    };
    const a = component(ab, "A");
    const c = component(cd, "C");
    const index = new StructuralIndex([a, c]);
    expect(index.same(a, c)).toBe(false);
    expect(index.same(a.properties.get("id")!, c.properties.get("id")!)).toBe(true);
  });

  it("ignore the order of oneOf members and of enum values, not their content", () => {
    const first = component(
      { X: { oneOf: [{ type: "string", enum: ["a", "b"] }, { type: "integer" }] } },
      "X",
    );
    const swapped = component(
      { X: { oneOf: [{ type: "integer" }, { type: "string", enum: ["b", "a"] }] } },
      "X",
    );
    const changed = component(
      { X: { oneOf: [{ type: "integer" }, { type: "string", enum: ["a", "c"] }] } },
      "X",
    );
    const index = new StructuralIndex([first, swapped, changed]);
    expect(index.same(first, swapped)).toBe(true);
    expect(index.same(first, changed)).toBe(false);
  });
});
