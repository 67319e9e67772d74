import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { emitPackage } from "../src/emit/index.js";
import { formatSource } from "../src/emit/format.js";
import { analyseProvider } from "../src/pipeline.js";

// Records every call into prettier.
vi.mock("../src/emit/format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../src/emit/format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const providers = ["gmo-pg", "omise", "pokepay", "univapay"].map((id) => {
  const [file] = readdirSync(path.join(root, "specs", id)).filter((name) => name.endsWith(".yaml"));
  return {
    id,
    entryFile: path.join(root, "specs", id, file!),
    committed: path.join(root, "packages", id),
  };
});
const fixtures = readdirSync(path.join(root, "generator/test/fixtures")).map((id) => ({
  id,
  entryFile: path.join(root, "generator/test/fixtures", id, "openapi.yaml"),
  committed: path.join(root, "generator/test/fixtures", id, "golden"),
}));

/**
 * Prettier is the biggest part of a cold run left (importing it and warming it up), paid as soon as
 * any text needs it: the providers' and fixtures' packages need none, every file being written in
 * prettier's layout by paygen itself. The golden and `--check` tests prove the bytes are prettier's.
 */
describe.each([...providers, ...fixtures])("the package of $id", ({ id, entryFile, committed }) => {
  it("is generated without prettier, byte for byte as committed", async () => {
    const { ir } = await analyseProvider({ id, entryFile, root });
    vi.mocked(formatSource).mockClear();
    const files = await emitPackage(ir!);
    expect(vi.mocked(formatSource).mock.calls.map(([text]) => text.slice(0, 200))).toEqual([]);
    for (const file of files)
      expect(file.contents, file.path).toBe(readFileSync(path.join(committed, file.path), "utf8"));
  });
});
