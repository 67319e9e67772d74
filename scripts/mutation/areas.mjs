/**
 * Mutation-testing areas: the code Stryker mutates, the fast tests expected to catch each mutant
 * (no Prism, no bench corpus; a `!glob` leaves tests out) and, optionally, the package tsconfig
 * that type-checks each mutant instead of the whole repository's. `PAYGEN_MUTATE=validate,write`
 * picks areas; the default is the generator's. Read by stryker.config.mjs and
 * vitest.mutation.config.ts.
 */
export const AREAS = {
  validate: {
    mutate: ["generator/src/validate/**/*.ts"],
    tests: [
      "generator/test/bad-specs.test.ts",
      "generator/test/golden.test.ts",
      "generator/test/diff/rule-fixtures.test.ts",
    ],
  },
  write: {
    mutate: ["generator/src/write/**/*.ts"],
    tests: [
      "generator/test/determinism.test.ts",
      "generator/test/cli.test.ts",
      "generator/test/bad-specs.test.ts",
    ],
  },
  "diff-kit": {
    mutate: ["generator/src/diff/rules/kit.ts", "generator/src/diff/rules/schema-checks.ts"],
    tests: [
      "generator/test/diff/rule-fixtures.test.ts",
      "generator/test/diff/normalization.test.ts",
      "test/diff/**/*.test.ts",
    ],
  },
  runtime: {
    mutate: ["packages/runtime/src/**/*.ts", "!packages/runtime/src/**/*.test.ts"],
    tests: [
      "packages/runtime/**/*.test.ts",
      // Scans the source text, which Stryker has instrumented; it kills no mutant.
      "!packages/runtime/test/browser-safe-source.test.ts",
    ],
    tsconfig: "packages/runtime/tsconfig.json",
  },
  "pokepay-transport": {
    mutate: [
      "packages/pokepay/src/transport/**/*.ts",
      "!packages/pokepay/src/transport/**/*.test.ts",
      "!packages/pokepay/src/transport/testing/**",
    ],
    tests: ["packages/pokepay/src/transport/**/*.test.ts", "test/contract/pokepay.test.ts"],
    tsconfig: "packages/pokepay/tsconfig.json",
  },
};

export const DEFAULT_AREAS = ["validate", "write", "diff-kit"];

/** The area names in PAYGEN_MUTATE (comma-separated), or the default ones. */
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

/** The tsconfig that type-checks mutants: the areas' own one when they share it, else the whole repo's. */
export function checkerTsconfig(areas) {
  const own = new Set(areas.map((area) => area.tsconfig));
  const [only] = own;
  return own.size === 1 && only !== undefined ? only : "tsconfig.typecheck.json";
}
