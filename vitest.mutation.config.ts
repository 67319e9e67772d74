import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.config.js";
import { selectedAreas } from "./scripts/mutation/areas.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const testGlobs: string[] = [...new Set(selectedAreas().flatMap((area) => area.tests))];
const included = testGlobs.filter((glob) => !glob.startsWith("!"));
const excluded = testGlobs.filter((glob) => glob.startsWith("!")).map((glob) => glob.slice(1));

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

/**
 * Runs test files in the order the areas list them (fast, focused tests first) instead of vitest's
 * slowest-first: Stryker stops a mutant's run at its first failing test. A glob ranks by its part
 * before the first `*`.
 */
class AreaOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const relative = path.relative(process.cwd(), file.moduleId).split(path.sep).join("/");
      const index = included.findIndex((glob) => relative.startsWith(glob.split("*")[0] ?? glob));
      return index === -1 ? included.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

/** The test run Stryker drives: only the tests of the selected mutation areas, on this tree's sources. */
export default defineConfig({
  ...base,
  resolve: { ...base.resolve, alias: workspaceSources() },
  test: {
    ...base.test,
    include: included,
    exclude: [...(base.test?.exclude ?? []), ...excluded],
    sequence: { ...base.test?.sequence, sequencer: AreaOrderSequencer },
  },
});
