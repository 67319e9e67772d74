import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "./diagnostics-of.js";

/** A spec whose component schemas are the given lines (indented under `schemas:`). */
const withSchemas = (...lines: string[]): string =>
  [
    "openapi: 3.1.0",
    "info: { title: Shop, version: '1' }",
    "paths: {}",
    "components:",
    "  schemas:",
    ...lines.map((line) => `    ${line}`),
  ].join("\n") + "\n";
const refErrors = (...lines: string[]): string[] =>
  diagnosticsOf(withSchemas(...lines)).filter((line) => /PG11[0-3]/.test(line));

describe("$ref checks", () => {
  it("accepts refs that resolve, and refs inside a schema that refer to it", () => {
    expect(
      refErrors(
        "Item: { type: object, properties: { next: { $ref: '#/components/schemas/Item' } } }",
        "Alias: { $ref: '#/components/schemas/Item', description: An item. }",
        "AliasOfAlias: { $ref: '#/components/schemas/Alias', summary: S, x-note: n }",
      ),
    ).toEqual([]);
  });

  it("PG110/PG112: refs that do not resolve, name the whole document, or are not strings", () => {
    expect(
      refErrors(
        "A: { $ref: '#/components/schemas/Nope' }",
        "B: { $ref: '#' }",
        "C: { $ref: 5 }",
        "D: { $ref: null }",
      ),
    ).toEqual([
      "6:16 error PG110: $ref #/components/schemas/Nope does not resolve",
      "7:16 error PG112: $ref # names the whole document; point at a component such as #/components/schemas/Name",
      "8:16 error PG112: $ref must be a string, got number",
      "9:16 error PG112: $ref must be a string, got null",
    ]);
  });

  it("PG113: a chain of pure $refs that comes back to itself, reported once per ref", () => {
    expect(
      refErrors(
        "A: { $ref: '#/components/schemas/B' }",
        "B: { $ref: '#/components/schemas/A', description: still pure }",
        "Self: { $ref: '#/components/schemas/Self' }",
      ),
    ).toEqual([
      "6:16 error PG113: $ref #/components/schemas/B leads back to itself through nothing but $refs (#/components/schemas/B → #/components/schemas/A → #/components/schemas/B)",
      "7:16 error PG113: $ref #/components/schemas/A leads back to itself through nothing but $refs (#/components/schemas/A → #/components/schemas/B → #/components/schemas/A)",
      "8:19 error PG113: $ref #/components/schemas/Self leads back to itself through nothing but $refs (#/components/schemas/Self → #/components/schemas/Self)",
    ]);
  });

  it("a $ref beside a keyword that describes a value ends the chain", () => {
    expect(
      refErrors(
        "A: { $ref: '#/components/schemas/B' }",
        "B: { $ref: '#/components/schemas/A', type: object }",
      ),
    ).toEqual([]);
  });

  it("a `$ref` key that is data or a name is not a reference", () => {
    expect(
      refErrors(
        "A:",
        "  type: object",
        "  properties: { $ref: { type: string } }",
        "  example: { $ref: nowhere }",
        "  examples: [{ $ref: nowhere }]",
        "  default: { $ref: nowhere }",
        "  enum: [{ $ref: nowhere }]",
        "  const: { $ref: nowhere }",
        "  x-sample: { value: { $ref: nowhere } }",
        "B: { allOf: [{ $ref: '#/components/schemas/Gone' }] }",
        "C: { properties: { discriminator: { $ref: '#/components/schemas/Lost' } } }",
      ),
    ).toEqual([
      "15:26 error PG110: $ref #/components/schemas/Gone does not resolve",
      "16:47 error PG110: $ref #/components/schemas/Lost does not resolve",
    ]);
  });

  it("refs inside a map of named examples are checked", () => {
    const spec = [
      "openapi: 3.1.0",
      "info: { title: Shop, version: '1' }",
      "paths: {}",
      "components:",
      "  examples:",
      "    Known: { value: 1 }",
      "    Alias: { $ref: '#/components/examples/Known' }",
      "    Broken: { $ref: '#/components/examples/Nope' }",
    ];
    expect(diagnosticsOf(spec.join("\n") + "\n")).toEqual([
      "8:21 error PG110: $ref #/components/examples/Nope does not resolve",
    ]);
  });

  it("PG110: discriminator mapping values must name a schema, by ref or by bare name", () => {
    expect(
      refErrors(
        "Cat: { type: object, properties: { kind: { type: string } } }",
        "Pet:",
        "  oneOf: [{ $ref: '#/components/schemas/Cat' }]",
        "  discriminator:",
        "    propertyName: kind",
        "    mapping:",
        "      cat: Cat",
        "      tabby: '#/components/schemas/Cat'",
        "      dog: Dog",
        "      fox: '#/components/schemas/Fox'",
        "      odd: 5",
      ),
    ).toEqual([
      '14:16 error PG110: discriminator mapping "dog" names Dog, which does not resolve',
      '15:16 error PG110: discriminator mapping "fox" names #/components/schemas/Fox, which does not resolve',
    ]);
  });
});
