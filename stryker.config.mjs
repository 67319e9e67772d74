// @ts-check
import { selectedAreaNames, selectedAreas, selectedTsconfig } from "./scripts/mutation/areas.mjs";

const areas = selectedAreas();
/** Reports and the incremental record are kept per selection, so one area's run keeps another's. */
const reportName = selectedAreaNames().join("+");

/**
 * `npm run test:mutation` (not in CI): mutates the areas of scripts/mutation/areas.mjs one change at
 * a time and runs only the tests that cover each mutant. Scores per area go in the README.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
  // Named by resolved URL: under pnpm, Stryker's own folder does not see its sibling plugins.
  plugins: ["@stryker-mutator/vitest-runner", "@stryker-mutator/typescript-checker"].map((name) =>
    import.meta.resolve(name),
  ),
  mutate: areas.flatMap((area) => area.mutate),
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  coverageAnalysis: "perTest",
  checkers: ["typescript"],
  // Vitest does not type-check, and golden files must stay byte-exact: no `// @ts-nocheck` in the sandbox.
  disableTypeChecks: false,
  tsconfigFile: selectedTsconfig(),
  // Re-runs retest only mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: `reports/mutation/${reportName}/incremental.json`,
  // The machine is shared: one test process, and no stampede on a slow mutant.
  concurrency: 1,
  // Slack on top of 1.5 × the covering tests' own time (from the dry run). At 20 s, the runtime's timer
  // mutants, which end as timeouts by design, took most of that area's run.
  timeoutMS: 5_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${reportName}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName}/mutation.json` },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["reports", ".paygen-tmp", "scripts/anchors"],
  thresholds: { high: 85, low: 80, break: null },
};
