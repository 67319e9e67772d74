import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { loadSpec } from "../load/index.js";
import { formatSource } from "./format.js";
import { emitSchemaTypesFrom } from "./types-emitter.js";
import { formatSchemaText } from "./types-format.js";

// Records what goes through prettier, to tell the planned path from the whole-declaration fallback.
vi.mock("./format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** What formatSchemaText replaces: prettier over each top-level declaration. */
async function prettierPerDeclaration(raw: string): Promise<string> {
  const declarations = raw
    .split(/\n(?=export )/)
    .map((text, index, all) => (index < all.length - 1 ? `${text}\n` : text));
  return (await Promise.all(declarations.map((text) => formatSource(text, "typescript")))).join("");
}

describe("formatSchemaText", () => {
  it.each([
    "specs/gmo-pg/openapi.yaml",
    "specs/omise/openapi.yaml",
    "specs/pokepay/partner.yaml",
    "specs/univapay/openapi.yaml",
    "generator/test/fixtures/polymorphism/openapi.yaml",
    "generator/test/fixtures/odd-names/openapi.yaml",
  ])("%s: prettier's bytes", { timeout: 60_000 }, async (spec) => {
    const loaded = await loadSpec(path.join(root, spec));
    const raw = await emitSchemaTypesFrom(structuredClone(loaded.spec!.document), "// header\n");
    const formatted = await formatSchemaText(raw);
    expect(formatted).toBe(await prettierPerDeclaration(raw));
    expect(formatted).not.toBe(raw);
  });

  /** `"value0" | "value1" | …`: a union of string literals. */
  const literals = (count: number) =>
    Array.from({ length: count }, (_, i) => `"value${i}"`).join(" | ");

  // Printer output (four-space indentation) that prettier lays out differently from a re-indent.
  const PRINTER_TEXT = [
    "export interface components {",
    "    schemas: {",
    '        Long: "aaaaaaaaaaaaaaaaaaaa" | "bbbbbbbbbbbbbbbbbbbbbbbb" | "cccccccccccccccccccccc" | "dddddddddddddddddd";',
    "        Expandable: string | ({",
    "            id: string;",
    "        } & {",
    "            [key: string]: unknown;",
    "        }) | null;",
    "        Nullable: {",
    '            "plain": string;',
    '            "needs-quotes"?: number;',
    "        } | null;",
    "        /**",
    "         * @description trailing spaces   ",
    "         */",
    '        Quoted: "it\'s";',
    "        Numbers: 1.50 | 1E5 | 0x10;",
    "        Exponent: 1E5;",
    "        Hex: 0XAB;",
    "        Inline: { a: string; };",
    `        Statuses?: ${literals(12)};`,
    `        NextLineWithALongerKeyName: ${literals(8)};`,
    `        ListNextLine?: (${literals(8)})[];`,
    `        List?: (${literals(12)})[];`,
    '        Source: string | components["schemas"]["application_fee"] | components["schemas"]["charge"] | components["schemas"]["transfer"] | null;',
    '        p24_payments?: "active" | "inactive" | "pending";',
    `        [key: string]: ${literals(12)} | 0 | -1;`,
    `        "quoted-key"?: ${literals(12)};`,
    `        Mixed: Record<string, never> | ${literals(12)};`,
    "        Either: {",
    '            kind: "a";',
    "            detail: {",
    '                value: Record<string, never> | "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy";',
    "            };",
    "        } | {",
    "            /** @description The other kind. */",
    '            kind: "b";',
    "        };",
    "        Both: {",
    "            a: string;",
    "        } & {",
    "            b: {",
    '                c: "x" | "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy";',
    "            };",
    "        };",
    "        NullableBoth: ({",
    "            a: string;",
    "        } & {",
    "            b: string;",
    "        }) | null;",
    "        Emptyable?: {",
    "            day: number;",
    "            /** @description Inner. */",
    "            inner?: {",
    '                value: "x" | "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy";',
    '            } | "";',
    '        } | "";',
    "        EmptyableList?: {",
    "            name: string;",
    '        }[] | "" | null;',
    "        TokenOrDetails: {",
    "            country: string;",
    "        } | string;",
    "        NullOrVoid: {",
    "            a: string;",
    "        } | null | void;",
    "        NullableList: {",
    "            a: string;",
    "        }[] | null;",
    '        Customer?: (string | components["schemas"]["customer"] | components["schemas"]["deleted_customer"]) | null;',
    '        Source?: (string | components["schemas"]["application_fee"] | components["schemas"]["charge"] | components["schemas"]["transfer"])[] | null;',
    `        "application/json": components["schemas"]["${"long".repeat(24)}"];`,
    `        LongList?: components["schemas"]["${"long".repeat(24)}"][];`,
    '        Versioned: components["schemas"]["conversations.v1.configuration"];',
    '        "1.50"?: string;',
    "        /** @description How to run 3-D Secure. */",
    '        tds2Options?: components["schemas"]["Tds2Options"];',
    "        ssn_last_4_provided?: boolean;",
    `        available_plans?: components["schemas"]["${"plan_".repeat(16)}"][] | null;`,
    `        short_plans?: components["schemas"]["plan"][] | null;`,
    "        readonly Nested?: {",
    "            deeper: {",
    '                value: "x" | "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy";',
    "            }[];",
    "        };",
    "    };",
    "}",
    "export type $defs = Record<string, never>;",
    "",
  ].join("\n");

  it.each([
    ["a header with trailing spaces", "// header  \n// more\n\n"],
    ["a header with a blank line", "// header\n\n// more\n\n"],
    ["a block comment", "/* header */\n\n"],
    ["a line separator in a header", "// header\u2028more\n\n"],
    [
      "parentheses around parentheses",
      "export interface X {\n    a: ((string | number)) | null;\n}\n",
    ],
    ["an indented alias", "  export type A = B;\n"],
    ["code after a comment", "let  a=1 // note\n"],
    ["a vertical tab in a header", "// a\vb\n\n"],
    ["parentheses around one type", "export interface X {\n    a: (string)[];\n}\n"],
    ["parentheses around the whole type", "export interface X {\n    a: (string | number);\n}\n"],
    ["parentheses around a name in a union", 'export interface X {\n    a: ("x") | null;\n}\n'],
    ["an alias past the width", `export type ${"L".repeat(80)} = Record<string, never>;\n`],
    ["an alias of a union", 'export type U = "a"|"b";\n'],
    ["an alias of an object", "export type O = Record<string, { a: string }>;\n"],
  ])("%s: left to prettier, its bytes", async (_, text) => {
    vi.mocked(formatSource).mockClear();
    const formatted = await formatSchemaText(text);
    expect(vi.mocked(formatSource)).toHaveBeenCalled();
    expect(formatted).toBe(await formatSource(text, "typescript"));
  });

  it("writes unicode escapes as they are, in keys and literals, and leaves other escapes to prettier", async () => {
    const escaped = [
      "export interface X {",
      '    "\\u00FCn\\u00EFc\\u00F6d\\u00E9"?: string;',
      '    k: "v\\u202ea" | "b\\u0022" | "\\u0027";',
      `    long?: ${Array.from({ length: 6 }, (_, i) => `"value${i}\\u00e9\\u00e9"`).join(" | ")};`,
      "}",
      "",
    ].join("\n");
    vi.mocked(formatSource).mockClear();
    expect(await formatSchemaText(escaped)).toBe(await formatSource(escaped, "typescript"));
    expect(vi.mocked(formatSource)).toHaveBeenCalledTimes(1);
    for (const other of ['    k: "a\\"b";', '    k: "a\\nb";', '    "a\\tb": string;']) {
      const text = `export interface X {\n${other}\n}\n`;
      vi.mocked(formatSource).mockClear();
      expect(await formatSchemaText(text)).toBe(await formatSource(text, "typescript"));
      expect(vi.mocked(formatSource), other).toHaveBeenCalledTimes(2);
    }
  });

  it("matches prettier where it rewrites lines, quotes, numbers and comments", async () => {
    vi.mocked(formatSource).mockClear();
    const formatted = await formatSchemaText(`// header\n//\n\n${PRINTER_TEXT}`);
    const formattedTexts = vi.mocked(formatSource).mock.calls.map(([text]) => text);
    // Planned member by member: prettier saw members in wrappers, never the whole interface.
    expect(formattedTexts.some((text) => text.startsWith("export interface"))).toBe(false);
    expect(formattedTexts.some((text) => text.includes("            value: "))).toBe(true);
    expect(formattedTexts.filter((text) => /Either:|Both: \{/.test(text))).toEqual([]);
    const unions =
      /Statuses|NextLine|List\?|Source|p24_payments|\[key: string\]: "value|quoted-key|Emptyable|TokenOrDetails|NullableList|Customer|application\/json|LongList|Versioned|"1\.50"/;
    expect(formattedTexts.filter((text) => unions.test(text))).toEqual([]);
    expect(formattedTexts.some((text) => text.includes("Mixed:"))).toBe(true);
    // Names with digits are no numbers; an array of a name is as unbreakable as the name.
    expect(formattedTexts.filter((text) => /tds2Options|ssn_last_4|_plans/.test(text))).toEqual([]);
    // The header's comment (an empty line comment too) and a one-line alias are written as they are.
    expect(formattedTexts.filter((text) => /\/\/ header|\$defs/.test(text))).toEqual([]);
    expect(formatted).toBe(await prettierPerDeclaration(`// header\n//\n\n${PRINTER_TEXT}`));
    expect(formatted).toContain('  Long:\n      | "aaaaaaaaaaaaaaaaaaaa"');
    expect(formatted).toContain("plain: string;");
    expect(formatted).toContain("Numbers: 1.5 | 1e5 | 0x10;");
    expect(formatted).toContain("Exponent: 1e5;");
    expect(formatted).toContain("Hex: 0xab;");
    expect(formatted).toContain(
      '    Either:\n      | {\n          kind: "a";\n          detail: {\n',
    );
    expect(formatted).toContain(
      '      | {\n          /** @description The other kind. */\n          kind: "b";\n        };',
    );
    expect(formatted).toContain("    Both: {\n      a: string;\n    } & {\n      b: {\n");
    expect(formatted).toContain('    Statuses?:\n      | "value0"\n');
    expect(formatted).toContain('    NextLineWithALongerKeyName:\n      "value0" | ');
    expect(formatted).toContain('    ListNextLine?: (\n      "value0" | ');
    expect(formatted).toContain('    List?: (\n      | "value0"\n');
    expect(formatted).toContain(
      "    Emptyable?:\n      | {\n          day: number;\n          /** @description Inner. */\n          inner?:\n            | {\n",
    );
    expect(formatted).toContain(
      '    EmptyableList?:\n      | {\n          name: string;\n        }[]\n      | ""\n      | null;',
    );
    expect(formatted).toContain(
      "    TokenOrDetails:\n      | {\n          country: string;\n        }\n      | string;",
    );
    expect(formatted).toContain("    NullOrVoid: {\n      a: string;\n    } | null | void;");
    expect(formatted).toContain(
      '    Customer?:\n      | (string | components["schemas"]["customer"] | components["schemas"]["deleted_customer"])\n      | null;',
    );
    expect(formatted).toContain("    Source?:\n      | (\n          | string\n");
  });
});
