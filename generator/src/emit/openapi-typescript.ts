import { createRequire } from "node:module";
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import type ts from "typescript";

/**
 * openapi-typescript's own modules, required directly (its "./*" export) so that generation skips the
 * package entry: that entry loads all of @redocly/openapi-core, and its `openapiTS()` lints and bundles
 * again a document paygen has already loaded, bundled and validated. Pinned to the exact version in
 * package.json; types-emitter.test.ts keeps the output equal to `openapiTS()`.
 *
 * Its CommonJS build, not its ESM one: importing TypeScript (one 9 MB CommonJS file) through the ESM
 * loader scans the file for module syntax and for export names before running it, about 0.45 s of CPU
 * more than `require` in every process that emits types.
 */
export interface OpenapiTypescript {
  transformSchema(schema: OpenAPI3, ctx: GlobalContext): ts.Node[];
  resolveRef: typeof import("openapi-typescript").resolveRef;
  scanDiscriminators: typeof import("openapi-typescript").scanDiscriminators;
  astToString: typeof import("openapi-typescript").astToString;
  ts: typeof ts;
}

export function loadOpenapiTypescript(): OpenapiTypescript {
  const require = createRequire(import.meta.url);
  const utils = require("openapi-typescript/dist/lib/utils.cjs") as OpenapiTypescript;
  return {
    transformSchema:
      require("openapi-typescript/dist/transform/index.cjs") as OpenapiTypescript["transformSchema"],
    resolveRef: utils.resolveRef,
    scanDiscriminators: utils.scanDiscriminators,
    astToString: (require("openapi-typescript/dist/lib/ts.cjs") as OpenapiTypescript).astToString,
    ts: require("typescript") as typeof ts,
  };
}
