import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import {
  alignedTable,
  alignedTableByDisplayWidth,
  compactTable,
  isAlignable,
  type TableRows,
} from "./markdown-table.js";

async function prettierTable(rows: TableRows): Promise<string> {
  const formatted = await prettier.format(`${compactTable(rows)}\n`, {
    parser: "markdown",
    printWidth: 100,
  });
  return formatted.replace(/\n$/, "");
}

describe("alignedTable", () => {
  it.each<[string, TableRows]>([
    [
      "short cells (columns at least three wide)",
      [
        ["a", "bb"],
        ["", "c"],
      ],
    ],
    [
      "a header wider than its cells",
      [
        ["summary", "x"],
        ["ab", "y"],
      ],
    ],
    [
      "wide, combining and emoji characters, counted in display columns",
      [
        ["method", "summary"],
        ["`a`", "日本語"],
        ["`b`", "e\u0301 🎉 ｆｕｌｌ"],
      ],
    ],
    [
      "escaped markup",
      [
        ["x", "y"],
        ["`a\\|b`", "\\* \\_ \\[ \\] \\< \\& \\| \\~ \\` \\\\"],
      ],
    ],
    [
      "rows longer than the print width",
      [
        ["x", "y"],
        ["a".repeat(120), "b ".repeat(40).trim()],
      ],
    ],
  ])("lays out %s as prettier does", async (_, rows) => {
    expect(await alignedTable(rows)).toBe(await prettierTable(rows));
  });

  it("lays out tables without prettier when displayWidth measures every cell", async () => {
    const rows: TableRows = [
      ["method", "summary"],
      ["`a\\|b`", "料金を作成する（日本語） \\* ｆｕｌｌ"],
      ["`c`", "カード、한국어。"],
    ];
    expect(alignedTableByDisplayWidth(rows)).toBe(await prettierTable(rows));
  });

  it.each([
    ["an emoji", "🎉"],
    ["a combining mark", "e\u0301"],
    ["a run of spaces", "a  b"],
  ])("leaves a table with %s to prettier's measure", (_, cell) => {
    expect(alignedTableByDisplayWidth([["h"], [cell]])).toBeUndefined();
  });

  it.each([
    ["a leading space", " a", "a"],
    ["a trailing space", "a ", "a"],
    ["a run of spaces", "a  b", "a b"],
    ["a tab", "a\tb", "a b"],
    ["a padded code span", "` a `", "`a`"],
  ])("leaves a cell with %s to prettier, which rewrites it", async (_, cell, printed) => {
    const rows = [["h"], [cell]];
    expect(isAlignable(rows)).toBe(false);
    await expect(alignedTable(rows)).rejects.toThrow();
    expect((await prettierTable(rows)).split("\n")[2]).toMatch(new RegExp(`^\\| ${printed} +\\|$`));
  });
});
