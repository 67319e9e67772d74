import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const generatorRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(generatorRoot, "bin", "paygen.js");
const recorder = path.join(generatorRoot, "test", "support", "record-imports.mjs");
// Over the size below which schema.ts is emitted without a worker.
const largeSpec = path.resolve(generatorRoot, "..", "specs", "univapay", "openapi.yaml");

describe("the installed bin with a schema worker", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("leaves prettier to the worker: the main thread never imports it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "paygen-imports-"));
    dirs.push(dir);
    const record = path.join(dir, "imports.txt");
    await promisify(execFile)(
      process.execPath,
      ["--import", recorder, bin, "generate", "--spec", largeSpec, "--out", path.join(dir, "out")],
      { env: { ...process.env, PAYGEN_RECORD_IMPORTS: record } },
    );
    const imports = readFileSync(record, "utf8").split("\n");
    expect(imports).toContain(pathToFileURL(path.join(generatorRoot, "dist/emit/index.js")).href);
    expect(imports.filter((url) => url.includes("/prettier/"))).toEqual([]);
    expect(readFileSync(path.join(dir, "out", "README.md"), "utf8")).toContain("```ts\nimport {");
  });
});
