import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";
import { selectedAreas } from "./scripts/mutation/areas.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * `@paygen/<name>` → that package's `paygen-source` entry inside this tree. Stryker's sandbox links
 * node_modules back to the original checkout, so resolving workspace packages through it would run
 * the generated fixtures and the provider packages against the unmutated runtime.
 */
function workspaceSources(): { find: RegExp; replacement: string }[] {
  const folders = [
    "generator",
    ...readdirSync(path.join(root, "packages")).map((name) => `packages/${name}`),
  ];
  return folders
    .map((folder) => path.join(root, folder, "package.json"))
    .filter((manifest) => existsSync(manifest))
    .map((manifest) => {
      const { name, exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
        name: string;
        exports: { ".": { "paygen-source": string } };
      };
      const source = path.join(path.dirname(manifest), exports["."]["paygen-source"]);
      return { find: new RegExp(`^${name.replace("/", "\\/")}$`), replacement: source };
    });
}

const testGlobs: string[] = [...new Set(selectedAreas().flatMap((area) => area.tests))];

/** The test run Stryker drives: only the tests of the selected mutation areas, on this tree's sources. */
export default defineConfig({
  ...base,
  resolve: { ...base.resolve, alias: workspaceSources() },
  test: {
    ...base.test,
    include: testGlobs.filter((glob) => !glob.startsWith("!")),
    exclude: [
      ...(base.test?.exclude ?? []),
      ...testGlobs.filter((glob) => glob.startsWith("!")).map((glob) => glob.slice(1)),
    ],
  },
});
