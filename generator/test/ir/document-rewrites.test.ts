import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withDiscriminatorRefs } from "../../src/ir/discriminator-refs.js";
import { withPathSchemasHoisted } from "../../src/ir/hoist-path-schemas.js";
import { loadSpec } from "../../src/load/index.js";

const pet = (mapping: Record<string, string>) => ({
  openapi: "3.1.0",
  paths: {},
  components: {
    schemas: {
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }],
        discriminator: { propertyName: "kind", mapping },
      },
      Cat: { type: "object" },
    },
  },
});

describe("discriminator mappings", () => {
  it("a bare schema name becomes a ref; refs and unknown names stay as written", () => {
    const out = withDiscriminatorRefs(
      pet({ cat: "Cat", dog: "Dog", ref: "#/components/schemas/Cat" }),
    );
    expect(out).toMatchObject({
      components: {
        schemas: {
          Pet: {
            discriminator: {
              mapping: {
                cat: "#/components/schemas/Cat",
                dog: "Dog",
                ref: "#/components/schemas/Cat",
              },
            },
          },
        },
      },
    });
  });

  it("a mapping inside example data is left alone, and an unchanged document is returned as is", () => {
    const document = {
      ...pet({ cat: "#/components/schemas/Cat" }),
      example: { discriminator: { mapping: { a: "Cat" } } },
    };
    expect(withDiscriminatorRefs(document)).toBe(document);
  });

  const folder = mkdtempSync(path.join(tmpdir(), "paygen-mapping-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("a relative mapping path of a multi-file spec follows the schema it names into components", async () => {
    writeFileSync(
      path.join(folder, "openapi.json"),
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {},
        components: { schemas: { Pet: { $ref: "./pet.json" } } },
      }),
    );
    writeFileSync(
      path.join(folder, "pet.json"),
      JSON.stringify({
        oneOf: [{ $ref: "./cat.json" }],
        discriminator: { propertyName: "kind", mapping: { cat: "./cat.json" } },
      }),
    );
    writeFileSync(path.join(folder, "cat.json"), JSON.stringify({ type: "object" }));
    const { spec } = await loadSpec(path.join(folder, "openapi.json"));
    const schemas = (
      spec!.document["components"] as { schemas: Record<string, { discriminator?: unknown }> }
    ).schemas;
    expect(schemas["Pet"]!.discriminator).toEqual({
      propertyName: "kind",
      mapping: { cat: "#/components/schemas/cat" },
    });
    expect(schemas["cat"]).toEqual({ type: "object" });
  });
});

describe("schemas referenced inside an operation", () => {
  it("move to components.schemas and every ref to them follows", () => {
    const inner = { type: "string" };
    const document = {
      openapi: "3.0.3",
      paths: {
        "/a": {
          post: {
            requestBody: {
              content: { "application/json": { schema: { properties: { circular: inner } } } },
            },
            responses: {
              "200": {
                content: {
                  "application/json": {
                    schema: {
                      $ref: "#/paths/~1a/post/requestBody/content/application~1json/schema/properties/circular",
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const out = withPathSchemasHoisted(document) as typeof document & {
      components: { schemas: Record<string, unknown> };
    };
    expect(out.components.schemas).toEqual({ Circular: inner });
    const post = out.paths["/a"].post;
    expect(post.requestBody.content["application/json"].schema.properties.circular).toEqual({
      $ref: "#/components/schemas/Circular",
    });
    expect(post.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Circular",
    });
    expect(
      document.paths["/a"].post.requestBody.content["application/json"].schema.properties.circular,
    ).toBe(inner);
  });
});
