import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.config.js";
import { selectedAreas } from "./scripts/mutation/areas.mjs";

const tests = [...new Set(selectedAreas().flatMap((area) => area.tests))];

/**
 * Runs test files in the order the areas list them (fast, focused tests first) instead of vitest's
 * slowest-first: Stryker stops a mutant's run at its first failing test. A glob ranks by its part
 * before the first `*`.
 */
class AreaOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const relative = path.relative(process.cwd(), file.moduleId).split(path.sep).join("/");
      const index = tests.findIndex((glob) => relative.startsWith(glob.split("*")[0] ?? glob));
      return index === -1 ? tests.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

/** The test run Stryker drives: only the tests of the selected mutation areas. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: tests,
    sequence: { ...base.test?.sequence, sequencer: AreaOrderSequencer },
  },
});
