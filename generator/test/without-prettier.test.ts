import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { GENERATED_SPECS, REPOSITORY_ROOT } from "./support/generated-specs.js";
import { emitPackage } from "../src/emit/index.js";
import { formatSource } from "../src/emit/format.js";
import { analyseProvider } from "../src/pipeline.js";

// Records every call into prettier.
vi.mock("../src/emit/format.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../src/emit/format.js")>();
  return { ...actual, formatSource: vi.fn(actual.formatSource) };
});

const root = REPOSITORY_ROOT;

/**
 * Prettier is the biggest part of a cold run left (importing it and warming it up), paid as soon as
 * any text needs it: the providers' and fixtures' packages need none, every file being written in
 * prettier's layout by paygen itself. The golden and `--check` tests prove the bytes are prettier's.
 */
describe.each(GENERATED_SPECS)("the package of $id", ({ id, entryFile, committed }) => {
  it("is generated without prettier, byte for byte as committed", async () => {
    const { ir } = await analyseProvider({ id, entryFile, root });
    vi.mocked(formatSource).mockClear();
    const files = await emitPackage(ir!);
    expect(vi.mocked(formatSource).mock.calls.map(([text]) => text.slice(0, 200))).toEqual([]);
    for (const file of files)
      expect(file.contents, file.path).toBe(readFileSync(path.join(committed, file.path), "utf8"));
  });
});
