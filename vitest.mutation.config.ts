import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";
import { selectedAreas } from "./scripts/mutation/areas.mjs";

/** The test run Stryker drives: only the tests of the selected mutation areas. */
export default defineConfig({
  ...base,
  test: { ...base.test, include: [...new Set(selectedAreas().flatMap((area) => area.tests))] },
});
