import { describe, expect, it, vi } from "vitest";
import { formatSource } from "./format.js";
import { formatSchemaText } from "./types-format.js";
import { randomSource } from "../../test/support/random-source.js";

// Counts what reaches prettier, so the test can tell that random shapes exercised the layout.
vi.mock("./format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

type Shape =
  | { kind: "name"; text: string }
  | { kind: "object"; members: Array<[string, Shape]> }
  | { kind: "union" | "intersection"; members: Shape[] }
  | { kind: "array" | "group"; inner: Shape };

const NAMES = [
  "string",
  "null",
  "void",
  "undefined",
  "unknown",
  '"active"',
  "0",
  'components["schemas"]["card"]',
  `components["schemas"]["${"long_name_".repeat(6)}"]`,
];

/** A random type as openapi-typescript's printer could write it, at most `depth` levels deep. */
function randomShape(next: (bound: number) => number, depth: number): Shape {
  const pick = next(depth > 0 ? 7 : 2);
  if (pick === 0) return { kind: "name", text: NAMES[next(NAMES.length)]! };
  if (pick === 1) {
    const count = 1 + next(2);
    return {
      kind: "object",
      members: Array.from({ length: count }, (_, i) => [
        `m${i}${next(2) ? "?" : ""}`,
        depth > 1 && next(3) === 0
          ? randomShape(next, depth - 2)
          : { kind: "name", text: "string" },
      ]),
    };
  }
  if (pick <= 3)
    return {
      kind: pick === 2 ? "union" : "intersection",
      members: Array.from({ length: 2 + next(2) }, () => randomShape(next, depth - 1)),
    };
  if (pick === 4) return { kind: "array", inner: randomShape(next, depth - 1) };
  return { kind: "group", inner: randomShape(next, depth - 1) };
}

/** The printer's text of a type whose object types open at the end of a line `indent` deep. */
function printed(shape: Shape, indent: string): string {
  switch (shape.kind) {
    case "name":
      return shape.text;
    case "object": {
      const inner = `${indent}    `;
      const lines = shape.members.map(([key, type]) => `${inner}${key}: ${printed(type, inner)};`);
      return `{\n${lines.join("\n")}\n${indent}}`;
    }
    case "union":
    case "intersection": {
      const operator = shape.kind === "union" ? " | " : " & ";
      return shape.members.map((member) => operand(member, indent, shape.kind)).join(operator);
    }
    case "array":
      return `${operand(shape.inner, indent, "array")}[]`;
    case "group":
      return `(${printed(shape.inner, indent)})`;
  }
}

/** An operand, in parentheses where the printer needs them. */
function operand(shape: Shape, indent: string, parent: Shape["kind"]): string {
  const text = printed(shape, indent);
  const needs =
    (shape.kind === "union" && parent !== "union") ||
    (shape.kind === "intersection" && parent === "array");
  return needs ? `(${text})` : text;
}

describe("formatSchemaText on random object-type shapes", () => {
  it("gives prettier's bytes, laying most of them out itself", { timeout: 60_000 }, async () => {
    const next = randomSource(20_261_202);
    let laidOut = 0;
    const failures: string[] = [];
    const samples = 300;
    for (let sample = 0; sample < samples; sample++) {
      const shape = randomShape(next, 4);
      const member = `        sample${sample}: ${printed(shape, "        ")};`;
      const text = `export interface components {\n    schemas: {\n${member}\n    };\n}\n`;
      vi.mocked(formatSource).mockClear();
      const ours = await formatSchemaText(text);
      if (vi.mocked(formatSource).mock.calls.length === 0) laidOut++;
      const theirs = await formatSource(text, "typescript");
      if (ours !== theirs) failures.push(`${text}\n--- ours\n${ours}\n--- prettier\n${theirs}`);
    }
    expect(failures.slice(0, 2)).toEqual([]);
    // Most samples hold object types; a layout that declined everything would pass the check above.
    expect(laidOut).toBeGreaterThan(samples / 4);
  });
});
