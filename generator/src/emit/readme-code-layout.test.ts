import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseProvider } from "../pipeline.js";
import { formatSource } from "./format.js";
import { readmeBlocks } from "./readme-code.js";
import { printedText, sourceText } from "./readme-code-layout.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const specs = [
  ...["gmo-pg", "omise", "pokepay", "univapay"].map((id) => {
    const [file] = readdirSync(path.join(root, "specs", id)).filter((name) =>
      name.endsWith(".yaml"),
    );
    return [id, path.join(root, "specs", id, file!)] as const;
  }),
  ...readdirSync(path.join(root, "generator/test/fixtures")).map(
    (id) => [id, path.join(root, "generator/test/fixtures", id, "openapi.yaml")] as const,
  ),
];

/** What prettier makes of a block, as the README shows it (no final line break). */
async function prettierPrinted(source: string): Promise<string> {
  return (await formatSource(source, "typescript")).replace(/\n$/, "");
}

describe.each(specs)("the README code of %s", (id, entryFile) => {
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
