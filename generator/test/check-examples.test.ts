import { describe, expect, it } from "vitest";
import { loadSpecFrom } from "../src/load/index.js";
import { validateSpec } from "../src/validate/index.js";

/** One component reached through a bare `$ref` from two media types, each with its own examples. */
const SPEC = `openapi: 3.1.0
info: { title: Shared, version: "1" }
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: A.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Money" }
              examples:
                good: { value: { amount: 100 } }
                bad: { value: { amount: "100" } }
  /b:
    get:
      operationId: getB
      responses:
        "200":
          description: B.
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Money" }
              example: { currency: jpy }
components:
  schemas:
    Money:
      type: object
      required: [amount]
      properties:
        amount: { type: integer, example: 1.5 }
`;

function exampleDiagnostics(text: string, codes = ["PG140"]): string[] {
  const { spec } = loadSpecFrom("/spec/openapi.yaml", (file) =>
    file === "/spec/openapi.yaml" ? new TextEncoder().encode(text) : undefined,
  );
  if (!spec) throw new Error("the test spec does not load");
  return validateSpec(spec, { profile: "openapi", asHouse: new Set(["PG140"]) })
    .filter((d) => codes.includes(d.code))
    .map((d) => `${d.location?.line}:${d.location?.column} ${d.message}`);
}

describe("example check with validators shared per schema", () => {
  it("reports every contradicting example of a shared component at its own value", () => {
    expect(exampleDiagnostics(SPEC)).toEqual([
      "15:31 example does not match its schema: /amount must be integer",
      "25:24 example does not match its schema: the value must have required property 'amount'",
      "32:43 example does not match its schema: the value must be integer",
    ]);
  });
});

describe("data inside a schema stays as written", () => {
  it("keeps `x-` keys and `example` keys inside enum, const and default values", () => {
    const spec = `openapi: 3.1.0
info: { title: Data, version: "1" }
paths: {}
components:
  schemas:
    Colour:
      enum: [{ x-paygen-colour: blue, example: 1 }]
      example: { x-paygen-colour: blue, example: 1 }
    Fixed:
      const: { x-shade: dark }
      default: { x-shade: dark }
      example: { x-shade: dark }
    Other:
      enum: [{ x-paygen-colour: blue }]
      example: { x-paygen-colour: red }
    WithIds:
      enum: [{ $id: "urn:a" }, { $id: "urn:a" }]
      const: { $id: "urn:a" }
      default: { $id: "urn:a" }
      example: { $id: "urn:a" }
`;
    expect(exampleDiagnostics(spec, ["PG140", "PG141"])).toEqual([
      '15:16 example does not match its schema: the value must be equal to one of the allowed values ({"x-paygen-colour":"blue"})',
    ]);
  });
});
