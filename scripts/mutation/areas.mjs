/** The whole repository's: type-checks mutants when the selected areas name different tsconfigs. */
const REPO_TSCONFIG = "tsconfig.typecheck.json";

/** The generator's sources alone: type-checking a mutant against them is far faster than the whole repo. */
const GENERATOR_TSCONFIG = "generator/tsconfig.json";

/**
 * Mutation-testing areas: the code Stryker mutates, the tsconfig that type-checks each mutant, and
 * the fast tests expected to catch each mutant, run in the order listed (focused unit tests first;
 * Stryker stops at the first failure). The tests run in-process: a test that spawns
 * `bin/paygen.js` runs the built `dist/`, which no mutant reaches, so it only costs time (and the
 * Prism, bench-corpus and crash-consistency suites stay out). A survivor reruns every covering test,
 * so suites that reach an area only on the way elsewhere (the diff's 500 rule fixtures for validate)
 * stay out too; a `!glob` leaves a test out. `PAYGEN_MUTATE=validate,write` picks areas; the
 * default is the generator's. Read by stryker.config.mjs and vitest.mutation.config.ts.
 */
export const AREAS = {
  validate: {
    mutate: ["generator/src/validate/**/*.ts"],
    tsconfig: GENERATOR_TSCONFIG,
    tests: [
      "generator/test/validate/**/*.test.ts",
      "generator/test/check-examples.test.ts",
      "generator/test/bad-specs.test.ts",
      "generator/test/profiles.test.ts",
      "generator/test/golden.test.ts",
    ],
  },
  load: {
    mutate: ["generator/src/load/**/*.ts"],
    tsconfig: GENERATOR_TSCONFIG,
    tests: [
      "generator/test/yaml-fast.test.ts",
      "generator/test/json-positions.test.ts",
      "generator/test/hostile/**/*.test.ts",
      "generator/test/bad-specs.test.ts",
    ],
  },
  emit: {
    mutate: ["generator/src/emit/**/*.ts", "!generator/src/emit/**/*.test.ts"],
    tsconfig: GENERATOR_TSCONFIG,
    tests: [
      "generator/src/emit/**/*.test.ts",
      "generator/test/golden.test.ts",
      "generator/test/ir/third-party-names.test.ts",
    ],
  },
  write: {
    mutate: ["generator/src/write/**/*.ts", "generator/src/util/io-error.ts"],
    tsconfig: GENERATOR_TSCONFIG,
    tests: [
      "generator/test/write/**/*.test.ts",
      "generator/test/output-safety.test.ts",
      "generator/test/determinism.test.ts",
      "generator/test/cache-inputs.test.ts",
      "generator/test/cli.test.ts",
    ],
  },
  "diff-kit": {
    mutate: ["generator/src/diff/rules/builders/*.ts"],
    tsconfig: GENERATOR_TSCONFIG,
    tests: [
      "generator/test/diff/rule-fixtures.test.ts",
      "generator/test/diff/visibility.test.ts",
      "generator/test/diff/finding-builder.test.ts",
      "generator/test/diff/normalization.test.ts",
      "test/diff/**/*.test.ts",
    ],
  },
  runtime: {
    tsconfig: "packages/runtime/tsconfig.json",
    mutate: ["packages/runtime/src/**/*.ts", "!packages/runtime/src/**/*.test.ts"],
    tests: [
      "packages/runtime/**/*.test.ts",
      // Scans the source text, which Stryker has instrumented; it kills no mutant.
      "!packages/runtime/test/browser-safe-source.test.ts",
    ],
  },
  "pokepay-transport": {
    tsconfig: "packages/pokepay/tsconfig.json",
    mutate: [
      "packages/pokepay/src/transport/**/*.ts",
      "!packages/pokepay/src/transport/**/*.test.ts",
      "!packages/pokepay/src/transport/testing/**",
    ],
    tests: ["packages/pokepay/src/transport/**/*.test.ts", "test/contract/pokepay.test.ts"],
  },
};

export const DEFAULT_AREAS = ["validate", "write", "diff-kit"];

/** The area names PAYGEN_MUTATE chooses (comma-separated), or the default ones. */
export function selectedAreaNames(names = process.env["PAYGEN_MUTATE"]) {
  return names ? names.split(",").map((name) => name.trim()) : DEFAULT_AREAS;
}

/** The areas named by PAYGEN_MUTATE (comma-separated), or the default ones. */
export function selectedAreas(names = process.env["PAYGEN_MUTATE"]) {
  const chosen = selectedAreaNames(names);
  const unknown = chosen.filter((name) => !(name in AREAS));
  if (unknown.length > 0)
    throw new Error(
      `PAYGEN_MUTATE: unknown area ${unknown.join(", ")} (known: ${Object.keys(AREAS).join(", ")})`,
    );
  return chosen.map((name) => AREAS[name]);
}

/** One tsconfig for the selected areas: the generator's when all of them use it, else the repo's. */
export function selectedTsconfig(names = process.env["PAYGEN_MUTATE"]) {
  const tsconfigs = new Set(selectedAreas(names).map((area) => area.tsconfig));
  return tsconfigs.size === 1 ? [...tsconfigs][0] : REPO_TSCONFIG;
}
