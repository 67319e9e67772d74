import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "./diagnostics-of.js";

const spec = (...lines: string[]): string =>
  ["openapi: 3.1.0", "info: { title: Shop, version: '1' }", "paths: {}", ...lines].join("\n") +
  "\n";

describe("x-paygen-* extension checks", () => {
  it("PG151: an unknown x-paygen-* key anywhere, lists included, is reported at the key", () => {
    expect(
      diagnosticsOf(
        spec(
          "x-paygen-colour: blue",
          "tags:",
          "  - { name: items, x-paygen-size: 3 }",
          "x-other: { x-paygen-nested: 1 }",
        ),
      ),
    ).toEqual([
      "4:1 error PG151: unknown extension `x-paygen-colour`",
      "6:20 error PG151: unknown extension `x-paygen-size`",
      "7:12 error PG151: unknown extension `x-paygen-nested`",
    ]);
  });

  it("x-paygen-* keys inside examples, enums and defaults are data", () => {
    expect(
      diagnosticsOf(
        spec(
          "components:",
          "  schemas:",
          "    Tag:",
          "      type: object",
          "      example: { x-paygen-colour: blue }",
          "      default: { x-paygen-colour: blue }",
          "      enum: [{ x-paygen-colour: blue }]",
          "      examples: [{ x-paygen-colour: blue }]",
        ),
      ).filter((line) => /PG15\d/.test(line)),
    ).toEqual([]);
  });

  it("PG150: a known extension whose value does not parse", () => {
    expect(diagnosticsOf(spec("x-paygen-retry-statuses: [409, 200]"))).toEqual([
      expect.stringMatching(/^4:32 error PG150: \S/),
    ]);
  });
});
