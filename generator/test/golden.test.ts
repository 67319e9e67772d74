import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateProvider } from "../src/pipeline.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

/** Whole generated packages for small fixture specs; the golden files are type-checked by `pnpm typecheck`. */
const FIXTURES = ["minimal", "multi-file", "circular", "polymorphism", "nullable-30", "maps-enums", "odd-names", "bodies", "path-level", "webhooks"];

describe.each(FIXTURES)("golden package for fixture %s", (fixture) => {
  it("matches the committed files", async () => {
    const run = await generateProvider({
      id: fixture,
      entryFile: path.join(here, "fixtures", fixture, "openapi.yaml"),
      root,
    });
    expect(run.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    for (const file of run.files ?? []) {
      await expect(file.contents).toMatchFileSnapshot(path.join(here, "fixtures", fixture, "golden", file.path));
    }
    expect(run.files?.map((f) => f.path)).toEqual([
      "package.json",
      "README.md",
      "tsconfig.json",
      "src/index.ts",
      "src/generated/schema.ts",
      ...(fixture === "webhooks" ? ["src/generated/webhooks.ts"] : []),
      "src/generated/client.ts",
    ]);
  });
});
