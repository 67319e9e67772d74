import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateProvider } from "../src/pipeline.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

/**
 * Whole generated packages for small fixture specs; the golden files are type-checked by `pnpm typecheck`.
 * A missing, stale or extra golden file fails. To accept new output after a generator change, run
 * `PAYGEN_UPDATE_GOLDEN=1 npx vitest run generator/test/golden.test.ts` and review the diff (never set in CI).
 */
const UPDATE = process.env["PAYGEN_UPDATE_GOLDEN"] === "1";
const FIXTURES = [
  "minimal",
  "multi-file",
  "circular",
  "polymorphism",
  "nullable-30",
  "maps-enums",
  "odd-names",
  "bodies",
  "path-level",
  "webhooks",
];

describe.each(FIXTURES)("golden package for fixture %s", (fixture) => {
  it("matches the committed files", async () => {
    const goldenDir = path.join(here, "fixtures", fixture, "golden");
    const run = await generateProvider({
      id: fixture,
      entryFile: path.join(here, "fixtures", fixture, "openapi.yaml"),
      root,
    });
    expect(run.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const generated = run.files ?? [];
    expect(generated.map((f) => f.path)).toEqual([
      "package.json",
      "README.md",
      "tsconfig.json",
      "src/index.ts",
      "src/generated/schema.ts",
      ...(fixture === "webhooks" ? ["src/generated/webhooks.ts"] : []),
      "src/generated/client.ts",
    ]);
    if (UPDATE) {
      rmSync(goldenDir, { recursive: true, force: true });
      for (const file of generated) {
        mkdirSync(path.dirname(path.join(goldenDir, file.path)), { recursive: true });
        writeFileSync(path.join(goldenDir, file.path), file.contents);
      }
    }
    expect(
      filesUnder(goldenDir),
      `golden files of ${fixture} (PAYGEN_UPDATE_GOLDEN=1 rewrites them)`,
    ).toEqual(generated.map((f) => f.path).sort());
    for (const file of generated) {
      expect(file.contents, `${fixture}/golden/${file.path}`).toBe(
        readFileSync(path.join(goldenDir, file.path), "utf8"),
      );
    }
  });
});

function filesUnder(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) =>
      statSync(path.join(dir, name)).isDirectory()
        ? filesUnder(path.join(dir, name), `${prefix}${name}/`)
        : [`${prefix}${name}`],
    )
    .sort();
}
