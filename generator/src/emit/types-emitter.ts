import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import type { ProviderIR } from "../ir/index.js";
import { tsHeader } from "./header.js";
import { loadOpenapiTypescript } from "./openapi-typescript.js";
import { typesInput } from "./types-input.js";

/** `src/generated/schema.ts` before formatting: the spec's types, exactly as openapi-typescript writes them. */
export async function emitSchemaTypes(ir: ProviderIR): Promise<string> {
  // openapi-typescript may modify what it is given; the IR's document is shared.
  return emitSchemaTypesFrom(structuredClone(ir.document), tsHeader(ir));
}

/**
 * `document` must be a copy nobody else uses (a worker's message is one already). It is the document
 * paygen loaded, bundled and validated, so it goes straight to openapi-typescript's transform: what
 * `openapiTS()` does first (lint and bundle with Redocly, after loading Redocly) would repeat that work.
 */
export async function emitSchemaTypesFrom(
  document: Record<string, unknown>,
  header: string,
): Promise<string> {
  // Loaded on first use: the heaviest modules of the pipeline, and usually run in a worker.
  const { transformSchema, resolveRef, scanDiscriminators, astToString, ts } =
    loadOpenapiTypescript();
  // A `format: binary` string is a file to upload (multipart, octet-stream): a Blob, or its text.
  const binary = ts.factory.createUnionTypeNode([
    ts.factory.createTypeReferenceNode("Blob"),
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ]);
  const { input, finish } = typesInput(document);
  const schema = input as unknown as OpenAPI3;
  // Redocly's bundle always leaves a components object, and openapi-typescript types each of its sections.
  schema.components ??= {};
  const ast = transformSchema(
    schema,
    transformContext(schema, { scanDiscriminators, resolveRef }, (node) =>
      node.type === "string" && node.format === "binary" ? binary : undefined,
    ),
  );
  return `${header}\n${finish(astToString(ast))}`;
}

/** The context `openapiTS()` builds from its options, for the options paygen uses (the rest at their defaults). */
function transformContext(
  schema: OpenAPI3,
  utils: Pick<typeof import("openapi-typescript"), "scanDiscriminators" | "resolveRef">,
  transform: GlobalContext["transform"],
): GlobalContext {
  const options = { silent: true } as const;
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A request property with a spec default may be left out; only `required` makes a property required.
    defaultNonNullable: false,
    discriminators: utils.scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only `openapiTS()` itself reads the Redocly config (to lint and bundle), never the transform.
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: true,
    transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve($ref) {
      return utils.resolveRef(schema, $ref, options);
    },
  };
}
