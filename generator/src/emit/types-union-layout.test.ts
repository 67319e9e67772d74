import { describe, expect, it } from "vitest";
import { formatSource } from "./format.js";
import { unionMemberLines } from "./types-union-layout.js";

/** What prettier makes of `key: type;` three levels deep, as the lines of that member. */
async function prettierLines(key: string, type: string): Promise<string[]> {
  const text = `interface W {\n  a: {\n    b: {\n      ${key}: ${type};\n    };\n  };\n}\n`;
  return (await formatSource(text, "typescript")).split("\n").slice(3, -4);
}

const name = (length: number) => `components["schemas"]["${"n".repeat(length)}"]`;
const group = (...members: string[]) => `(${members.join(" | ")})`;

describe("unionMemberLines", () => {
  // Lengths chosen so that each layout's line lands on both sides of the print width.
  const types = [
    ...[20, 40, 60, 63, 64, 65, 66, 70, 80].map((n) => `${group("string", name(n))} | null`),
    ...[20, 58, 59, 60, 61, 62, 75].map((n) => `${group("string", name(n))}[] | null`),
    ...[56, 57, 58, 59, 60, 70].map((n) => `null | ${group("string", name(n))}`),
    ...[56, 57, 58, 59, 60, 70].map((n) => `null | ${group("string", name(n))}[]`),
    ...[10, 45, 70].map((n) => `${group("string", name(n))} | ${group('"a"', "1", "-2")}`),
    ...[30, 70].map((n) => `string | ${group(name(n), name(n))} | ${name(n)}[]`),
    ...[20, 70].map((n) => `${group("string", name(n), "null")}[]`),
    ...[30, 90].map((n) => `"x" | ${name(n)} | 0`),
    ...[40, 58, 59, 60, 61, 62, 90].map((n) => `${name(n)}[] | null`),
    ...[20, 57, 58, 59, 60, 90].map((n) => `string[] | ${name(n)}[][] | null`),
  ];
  it.each(types.flatMap((type) => ["k", "k".repeat(25) + "?"].map((key) => [key, type])))(
    "%s: %s is laid out as prettier does",
    async (key, type) => {
      expect(unionMemberLines(`      ${key}`, type)).toEqual(await prettierLines(key, type));
    },
  );

  it.each([
    "string",
    "(string | number)",
    "(string | (number | null))[] | null",
    "(string | number)[][] | null",
    '("a" | "b)") | null',
    "{ a: string } | null",
    "(string | { a: string }) | null",
    'string | "caf\u00e9"',
    "'a' | 'b'",
  ])("leaves %s to prettier", (type) => {
    expect(unionMemberLines("      k", type)).toBeUndefined();
  });
});
