import { describe, expect, it } from "vitest";
import { sampleFromSchema } from "./sample.js";

const document = {
  openapi: "3.1.0",
  components: {
    schemas: {
      Role: { type: "string", pattern: "^(SHOP|ORGANIZATION)-(MANAGER|STAFF)$" },
      User: {
        type: "object",
        required: ["id", "role"],
        properties: {
          id: { type: "string", format: "uuid" },
          role: { $ref: "#/components/schemas/Role" },
          nickname: { type: "string", maxLength: 8 },
          tags: { type: "array", items: { type: "string" } },
        },
      },
      Shop: {
        type: "object",
        required: ["owner", "manager"],
        properties: {
          owner: { $ref: "#/components/schemas/User" },
          manager: { $ref: "#/components/schemas/User" },
        },
      },
    },
  },
};
const user = { $ref: "#/components/schemas/User" };

describe("sampleFromSchema", () => {
  it("meets patterns, through $refs", () => {
    const sample = sampleFromSchema(document, user) as { role: string };
    expect(sample.role).toMatch(/^(SHOP|ORGANIZATION)-(MANAGER|STAFF)$/);
  });

  it("gives required properties only by default, every property and one item per array otherwise", () => {
    expect(Object.keys(sampleFromSchema(document, user) as object).sort()).toEqual(["id", "role"]);
    const full = sampleFromSchema(document, user, { requiredOnly: false }) as { tags: unknown[] };
    expect(Object.keys(full).sort()).toEqual(["id", "nickname", "role", "tags"]);
    expect(full.tags).toHaveLength(1);
  });

  // json-schema-faker inlines the $refs of a schema it reaches twice (User, from Shop) in place.
  it("is the same on every call, and leaves the document as it was", () => {
    const before = structuredClone(document);
    const first = sampleFromSchema(document, user, { requiredOnly: false });
    sampleFromSchema(document, { $ref: "#/components/schemas/Shop" }, { requiredOnly: false });
    expect(sampleFromSchema(document, user, { requiredOnly: false })).toEqual(first);
    expect(document).toEqual(before);
  });

  it("sets fixups wherever the property occurs, and refuses a value the schema does not accept", () => {
    expect(sampleFromSchema(document, user, { fixups: { role: "SHOP-STAFF" } })).toMatchObject({
      role: "SHOP-STAFF",
    });
    expect(() => sampleFromSchema(document, user, { fixups: { role: "nobody" } })).toThrow(
      /sampled value is invalid/,
    );
  });
});
