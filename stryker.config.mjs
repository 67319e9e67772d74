// @ts-check
import { checkerTsconfig, selectedAreaNames, selectedAreas } from "./scripts/mutation/areas.mjs";

const areas = selectedAreas();
/** Reports and the incremental record per area set, so a run of one area keeps another's results. */
const reportDir = `reports/mutation/${selectedAreaNames().join("+")}`;

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
  tsconfigFile: checkerTsconfig(areas),
  // The machine is shared: one test process, and no stampede on a slow mutant.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  // Re-runs retest only mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: `${reportDir}/stryker-incremental.json`,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignorePatterns: ["reports", ".paygen-tmp", "scripts/anchors"],
  thresholds: { high: 85, low: 80, break: null },
};
