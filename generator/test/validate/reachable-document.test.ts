import { describe, expect, it } from "vitest";
import { reachableDocument } from "../../src/validate/reachable-document.js";

const document = (): Record<string, unknown> => ({
  $schema: "https://spec.openapis.org/oas/3.1/dialect/base",
  openapi: "3.1.0",
  paths: {
    "/a/{id}": {
      get: {
        responses: {
          "200": {
            content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      A: {
        description: "#/components/schemas/Unused",
        properties: {
          ext: { $ref: "other.yaml#/components/schemas/Unused" },
          b: { $ref: "#/components/schemas/B" },
          list: { items: [{ $ref: "#/components/schemas/C%25" }] },
        },
      },
      B: { properties: { a: { $ref: "#/components/schemas/A" } } },
      "C%": { type: "integer" },
      Unused: { type: "string" },
      ...JSON.parse('{"__proto__": { "type": "null" }}'),
    },
  },
});

describe("reachableDocument", () => {
  it("keeps each reached node at its own path, follows $refs (decoded, cyclic) and nothing else", () => {
    const source = document();
    const before = JSON.stringify(source);
    const reachable = reachableDocument(source, [
      "/paths/~1a~1{id}/get/responses/200/content/application~1json/schema",
    ]);
    expect(reachable).toEqual({
      $schema: "https://spec.openapis.org/oas/3.1/dialect/base",
      paths: source["paths"],
      components: {
        schemas: {
          A: (source["components"] as any).schemas.A,
          B: (source["components"] as any).schemas.B,
          "C%": { type: "integer" },
        },
      },
    });
    // The nodes are shared, never copied or written to.
    expect((reachable["components"] as any).schemas.A).toBe(
      (source["components"] as any).schemas.A,
    );
    expect(JSON.stringify(source)).toBe(before);
  });

  it("a node reached inside one already kept whole adds nothing; a whole node replaces a path to it", () => {
    // Frozen: the copy may share the source's nodes but never write to them.
    const source = deepFreeze(document());
    const schemas = (source["components"] as any).schemas;
    const expected = {
      components: { schemas: { A: schemas.A, B: schemas.B, "C%": schemas["C%"] } },
    };
    for (const order of [
      ["/components/schemas/A/properties/list", "/components/schemas/A"],
      ["/components/schemas/A", "/components/schemas/A/properties/list"],
    ]) {
      const reachable = reachableDocument(source, order);
      const { $schema: _schema, ...rest } = reachable;
      expect(rest).toEqual(expected);
      expect(Object.keys((reachable["components"] as any).schemas).sort()).toEqual([
        "A",
        "B",
        "C%",
      ]);
      expect((reachable["components"] as any).schemas.A).toBe(schemas.A);
    }
  });

  it("a __proto__ name is a key of the copy, not its prototype", () => {
    const reachable = reachableDocument(document(), ["/components/schemas/__proto__"]);
    const schemas = (reachable["components"] as Record<string, unknown>)["schemas"] as object;
    expect(Object.getPrototypeOf(schemas)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(schemas, "__proto__")?.value).toEqual({ type: "null" });
  });

  it("a reference to the whole document keeps the whole document", () => {
    const source = { openapi: "3.1.0", components: { schemas: { S: { $ref: "#" } } } };
    expect(reachableDocument(source, ["/components/schemas/S"])).toBe(source);
  });

  it("a pointer or reference to nothing adds nothing", () => {
    const source = { components: { schemas: { S: { $ref: "#/components/schemas/Gone" } } } };
    expect(reachableDocument(source, ["/components/schemas/S", "/paths/nowhere"])).toEqual(source);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
