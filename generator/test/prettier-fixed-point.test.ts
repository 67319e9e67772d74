import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatSource, type FileKind } from "../src/emit/format.js";
import { fileURLToPath } from "node:url";

/**
 * Most generated text is written already in prettier's layout instead of being run through prettier
 * (it is faster). The promise stays the same: every generated file is exactly what prettier, with the
 * generator's fixed options, makes of it. Checked here on the four providers' packages and every
 * golden fixture; the fuzzer checks the same on its end-to-end cases.
 */
const KINDS: Record<string, FileKind> = { ".ts": "typescript", ".json": "json", ".md": "markdown" };

function generatedFiles(packageDir: string): string[] {
  const files = ["README.md", "package.json", "tsconfig.json", "src/index.ts"].map((file) =>
    path.join(packageDir, file),
  );
  const generated = path.join(packageDir, "src", "generated");
  for (const name of readdirSync(generated)) files.push(path.join(generated, name));
  return files.filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const packageDirs = [
  ...["gmo-pg", "omise", "pokepay", "univapay"].map((name) => path.join(root, "packages", name)),
  ...readdirSync(path.join(root, "generator/test/fixtures")).map((name) =>
    path.join(root, "generator/test/fixtures", name, "golden"),
  ),
];

describe.each(packageDirs.map((dir) => [path.relative(root, dir), dir]))("%s", (_, dir) => {
  it.each(generatedFiles(dir).map((file) => [path.relative(dir, file), file]))(
    "%s is a fixed point of prettier",
    async (_name, file) => {
      const text = readFileSync(file, "utf8");
      const kind = KINDS[path.extname(file)];
      expect(kind).toBeDefined();
      expect(await formatSource(text, kind!)).toBe(text);
    },
  );
});
