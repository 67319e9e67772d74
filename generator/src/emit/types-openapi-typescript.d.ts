// openapi-typescript's own modules, imported directly (its "./*" export) so that generation skips the
// package entry: that entry loads all of @redocly/openapi-core, and its `openapiTS()` lints and bundles
// again a document paygen has already loaded, bundled and validated. Pinned to the exact version in
// package.json; test/emit/types-emitter.test.ts keeps the output equal to `openapiTS()`.
declare module "openapi-typescript/dist/transform/index.mjs" {
  import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
  import type ts from "typescript";
  export default function transformSchema(schema: OpenAPI3, ctx: GlobalContext): ts.Node[];
}

declare module "openapi-typescript/dist/lib/utils.mjs" {
  export { resolveRef, scanDiscriminators } from "openapi-typescript";
}

declare module "openapi-typescript/dist/lib/ts.mjs" {
  export { astToString } from "openapi-typescript";
}
