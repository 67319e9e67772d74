import { describe, expect, it, vi } from "vitest";
import { newAjv } from "../../src/util/ajv.js";
import { diagnosticsOf } from "./diagnostics-of.js";

vi.mock("../../src/util/ajv.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/util/ajv.js")>();
  return { newAjv: vi.fn(actual.newAjv) };
});

const spec = (examples: string): string =>
  [
    "openapi: 3.1.0",
    "info: { title: Shop, version: '1' }",
    "components:",
    "  schemas:",
    "    Charge:",
    "      type: object",
    "      required: [id]",
    "      properties:",
    "        id: { type: string, pattern: '^ch_', example: ch_1 }",
    "        amount: { type: integer, minimum: 0, example: 100 }",
    "        created: { type: string, format: date-time, example: '2024-01-01T00:00:00Z' }",
    `      examples: [${examples}]`,
  ].join("\n") + "\n";

describe("checkExamples and ajv", () => {
  it("compiles nothing when the screen settles every example", () => {
    vi.mocked(newAjv).mockClear();
    expect(diagnosticsOf(spec("{ id: ch_2, amount: 5 }"))).toEqual([]);
    expect(newAjv).not.toHaveBeenCalled();
  });

  it("asks ajv, once, for the examples that fail, and words them as ajv does", () => {
    vi.mocked(newAjv).mockClear();
    expect(diagnosticsOf(spec("{ id: x }, { amount: -1 }"))).toEqual([
      '12:18 error PG140: example does not match its schema: /id must match pattern "^ch_"',
      "12:29 error PG140: example does not match its schema: the value must have required property 'id'",
    ]);
    expect(newAjv).toHaveBeenCalledTimes(1);
  });
});
