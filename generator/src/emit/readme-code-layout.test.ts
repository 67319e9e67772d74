import { describe, expect, it } from "vitest";
import { GENERATED_SPECS, REPOSITORY_ROOT } from "../../test/support/generated-specs.js";
import { analyseProvider } from "../pipeline.js";
import { formatSource } from "./format.js";
import { readmeBlocks } from "./readme-code.js";
import { printedText, sourceText } from "./readme-code-layout.js";

const root = REPOSITORY_ROOT;

/** What prettier makes of a block, as the README shows it (no final line break). */
async function prettierPrinted(source: string): Promise<string> {
  return (await formatSource(source, "typescript")).replace(/\n$/, "");
}

describe.each(GENERATED_SPECS)("the README code of $id", ({ id, entryFile }) => {
  it("is laid out without prettier, block by block as prettier prints it", async () => {
    const { ir } = await analyseProvider({ id, entryFile, root });
    const blocks = Object.values(readmeBlocks(ir!)).filter((lines) => lines !== undefined);
    expect(blocks.length).toBeGreaterThan(3);
    for (const lines of blocks) {
      const source = sourceText(lines);
      expect(printedText(lines), source).toBe(await prettierPrinted(source));
    }
  });
});
