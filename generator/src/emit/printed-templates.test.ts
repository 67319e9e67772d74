import { describe, expect, it } from "vitest";
import { provider } from "../../test/support/ir-builders.js";
import { randomSource } from "../../test/support/random-source.js";
import { formatSource } from "./format.js";
import { emitIndex, emitPackageJson, emitTsconfig } from "./package-files.js";
import { isPrintedIndex, isPrintedJson } from "./printed-templates.js";

const next = randomSource(4242);
const pick = <T>(items: readonly T[]): T => items[next(items.length)]!;
/** Text of random length from pieces prettier might treat specially. */
const text = (pieces: readonly string[]): string =>
  Array.from({ length: next(12) }, () => pick(pieces)).join("");
const PIECES = [
  "a",
  "Shop ",
  '"',
  "'",
  "\\",
  "{",
  "}",
  "[",
  "]",
  ":",
  ",",
  "支払い",
  "`",
  "*/",
  "x".repeat(30),
];

describe("templates rendered in prettier's layout", () => {
  it("package.json and tsconfig.json: whenever the text is said to be printed, prettier agrees", async () => {
    let printed = 0;
    for (let run = 0; run < 80; run++) {
      const ir = provider({
        title: text(PIECES) || "T",
        specPath: `specs/${text(["a", "b/", " ", '"', "x".repeat(20)])}.yaml`,
        layout: pick(["workspace", "standalone"] as const),
      });
      for (const rendered of [emitPackageJson(ir), emitTsconfig(ir)]) {
        const formatted = await formatSource(rendered, "json");
        if (isPrintedJson(rendered)) {
          expect(rendered).toBe(formatted);
          printed++;
        }
      }
    }
    expect(printed).toBeGreaterThan(80);
  });

  it("src/index.ts: whenever the text is said to be printed, prettier agrees", async () => {
    let printed = 0;
    for (let run = 0; run < 60; run++) {
      const modules = Array.from(
        { length: next(3) },
        () => `./${text(["a", "-", "/", "'", '"', "\\", "x".repeat(40)])}.js`,
      );
      const ir = provider({ handWrittenExports: modules });
      const rendered = emitIndex(ir);
      if (isPrintedIndex(rendered)) {
        expect(rendered).toBe(await formatSource(rendered, "typescript"));
        printed++;
      }
    }
    expect(printed).toBeGreaterThan(20);
  });

  it.each([
    ["a bracket", `]${"x".repeat(110)}`],
    ["an unclosed bracket", `[${"x".repeat(110)}`],
  ])(
    "JSON with a long string holding %s is printed: prettier never breaks a string",
    async (_, text) => {
      const json = `{\n  "description": "${text}"\n}\n`;
      expect(isPrintedJson(json)).toBe(true);
      expect(await formatSource(json, "json")).toBe(json);
    },
  );

  it("index.ts re-exporting a module whose specifier is past the print width is printed", async () => {
    const source = emitIndex(provider({ handWrittenExports: [`./${"x".repeat(110)}.js`] }));
    expect(isPrintedIndex(source)).toBe(true);
    expect(await formatSource(source, "typescript")).toBe(source);
  });

  it.each([
    ["a value written compactly", '{\n  "a": {"b":1}\n}\n'],
    [
      "an inline group past the print width",
      `{\n  "engines": { "node": "${"9".repeat(90)}" }\n}\n`,
    ],
  ])("JSON with %s is not printed", async (_, json) => {
    expect(isPrintedJson(json)).toBe(false);
    expect(await formatSource(json, "json")).not.toBe(json);
  });

  it.each([
    ["a specifier with a double quote", 'export * from "./a\\"b.js";\n'],
    ["a long line that prettier breaks", `export { ${"A, ".repeat(40)}B } from "./x.js";\n`],
  ])("index.ts with %s is not printed", async (_, source) => {
    expect(isPrintedIndex(source)).toBe(false);
    expect(await formatSource(source, "typescript")).not.toBe(source);
  });
});
