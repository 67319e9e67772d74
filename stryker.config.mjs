// @ts-check
import { selectedAreas } from "./scripts/mutation/areas.mjs";

const areas = selectedAreas();

/**
 * `npm run test:mutation` (not in CI): mutates the areas of scripts/mutation/areas.mjs one change at
 * a time and runs only the tests that cover each mutant. Scores per area go in the README.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
  mutate: areas.flatMap((area) => area.mutate),
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  coverageAnalysis: "perTest",
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.typecheck.json",
  typescriptChecker: { prioritizePerformance: true },
  // The machine is shared: one test process, and no stampede on a slow mutant.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["reports", ".paygen-tmp", "scripts/anchors"],
  thresholds: { high: 85, low: 80, break: null },
};
