import type { ProviderIR } from "../ir/index.js";
import { tsHeader } from "./header.js";
import { typesInput } from "./types-input.js";

/** `src/generated/schema.ts`: the spec's types, exactly as openapi-typescript writes them. */
export async function emitSchemaTypes(ir: ProviderIR): Promise<string> {
  // openapi-typescript may modify what it is given; the IR's document is shared.
  return emitSchemaTypesFrom(structuredClone(ir.document), tsHeader(ir));
}

/** `document` must be a copy nobody else uses (a worker's message is one already). */
export async function emitSchemaTypesFrom(
  document: Record<string, unknown>,
  header: string,
): Promise<string> {
  // Loaded on first use: it is the heaviest import of the pipeline and usually runs in a worker.
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const { default: ts } = await import("typescript");
  // A `format: binary` string is a file to upload (multipart, octet-stream): a Blob, or its text.
  const binary = ts.factory.createUnionTypeNode([
    ts.factory.createTypeReferenceNode("Blob"),
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ]);
  const { input, finish } = typesInput(document);
  const ast = await openapiTS(input as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    alphabetize: false,
    propertiesRequiredByDefault: false,
    // A request property with a spec default may be left out; only `required` makes a property required.
    defaultNonNullable: false,
    transform: (schema) =>
      schema.type === "string" && schema.format === "binary" ? binary : undefined,
  });
  return `${header}\n${finish(astToString(ast))}`;
}
