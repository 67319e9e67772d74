import { describe, expect, it } from "vitest";
import { exampleValue } from "./example-value.js";

const document = {
  components: {
    schemas: {
      Money: {
        type: "object",
        required: ["amount", "currency"],
        properties: {
          amount: { type: "integer", minimum: 100 },
          currency: { type: "string", enum: ["jpy", "usd"] },
          note: { type: "string" },
        },
      },
      Node: {
        type: "object",
        required: ["child"],
        properties: { child: { $ref: "#/components/schemas/Node" } },
      },
    },
  },
};

describe("exampleValue", () => {
  it.each([
    [
      "a string placeholder named by the property",
      { type: "string" },
      undefined,
      "order_id",
      "<order_id>",
    ],
    ["the schema's example", { type: "string", example: "chrg_1" }, undefined, "id", "chrg_1"],
    [
      "the first non-null enum value",
      { type: ["string", "null"], enum: [null, "a", "b"] },
      undefined,
      "x",
      "a",
    ],
    ["a number's minimum", { type: "integer", minimum: 5 }, undefined, "n", 5],
    [
      "an empty array unless items are required",
      { type: "array", items: { type: "string" } },
      undefined,
      "tags",
      [],
    ],
    [
      "only required properties, through $ref",
      { $ref: "#/components/schemas/Money" },
      undefined,
      undefined,
      { amount: 100, currency: "jpy" },
    ],
    [
      "values from an enclosing example, optional ones dropped",
      { $ref: "#/components/schemas/Money" },
      { amount: 5000, currency: "usd", note: "gift" },
      undefined,
      { amount: 5000, currency: "usd" },
    ],
    [
      "allOf parts merged and the first anyOf alternative's required names",
      {
        allOf: [{ $ref: "#/components/schemas/Money" }],
        properties: { orderId: { type: "string" }, accessId: { type: "string" } },
        anyOf: [{ required: ["accessId"] }, { required: ["orderId"] }],
      },
      undefined,
      undefined,
      { amount: 100, currency: "jpy", accessId: "<accessId>" },
    ],
    [
      "the first non-null oneOf alternative",
      { oneOf: [{ type: "null" }, { type: "boolean" }] },
      undefined,
      "flag",
      false,
    ],
  ])("%s", (_, schema, hint, name, want) => {
    expect(exampleValue(document, schema, hint, name)).toEqual(want);
  });

  it("stops on a schema that requires itself", () => {
    const value = exampleValue(document, { $ref: "#/components/schemas/Node" });
    let depth = 0;
    for (
      let node: unknown = value;
      typeof node === "object" && node !== null;
      node = (node as { child?: unknown }).child
    )
      depth++;
    expect(depth).toBeGreaterThan(1);
    expect(depth).toBeLessThan(12);
  });
});
