import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const benchDir = path.resolve(root, "../shared/bench-specs");
const specs = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((name) => /\.(json|ya?ml)$/.test(name))
      .sort()
  : [];
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");

/** Real public specs (Stripe, Twilio) must become packages that compile under `strict`. */
describe.runIf(specs.length > 0)("large public specs", () => {
  // Inside the repository so the package resolves @paygen/runtime from the workspace.
  mkdirSync(path.join(root, ".paygen-tmp"), { recursive: true });
  const work = mkdtempSync(path.join(root, ".paygen-tmp", "bench-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(specs)(
    "%s generates and type-checks with zero errors",
    { timeout: 240_000 },
    async (name) => {
      const out = path.join(work, name.replace(/\W+/g, "-"));
      const lines: string[] = [];
      const code = await main(
        ["generate", "--spec", path.join(benchDir, name), "--out", out],
        { out: (l) => lines.push(l), err: (l) => lines.push(l) },
        root,
      );
      expect(code, lines.join("\n")).toBe(0);
      const result = await promisify(execFile)(
        process.execPath,
        [tsc, "-p", path.join(out, "tsconfig.json"), "--noEmit"],
        { maxBuffer: 64 << 20 },
      ).then(
        () => ({ ok: true, output: "" }),
        (error: { stdout: string }) => ({ ok: false, output: error.stdout }),
      );
      expect(result.output.split("\n").slice(0, 20).join("\n")).toBe("");
      expect(result.ok).toBe(true);
    },
  );
});

// A clone with nothing beside it has no corpus: the report says so instead of passing with 0 tests.
if (specs.length === 0)
  it.skip(`large public specs: no .json/.yaml spec in ${benchDir}, nothing to generate`, () =>
    undefined);
