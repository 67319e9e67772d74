// API reference (`npm run docs` → docs/api/): the runtime and every provider package, merged into one site.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "paygen",
  entryPointStrategy: "packages",
  entryPoints: [
    "packages/runtime",
    "packages/gmo-pg",
    "packages/omise",
    "packages/pokepay",
    "packages/univapay",
  ],
  packageOptions: {
    entryPoints: ["src/index.ts"],
    excludePrivate: true,
    excludeInternal: true,
    // openapi-typescript writes `@description` and `@constant` in schema.ts.
    blockTags: [...OptionDefaults.blockTags, "@description", "@constant"],
    // `paths` and `operations` nest every request and response inline: 180 MB of HTML unbounded, 78 MB at 5,
    // which still links named types such as `CreateChargeBody` to `operations["createCharge"]`.
    maxTypeConversionDepth: 5,
  },
  readme: "README.md",
  out: "docs/api",
  treatWarningsAsErrors: true,
};
