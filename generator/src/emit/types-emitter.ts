import openapiTS, { astToString } from "openapi-typescript";
import type { ProviderIR } from "../ir/index.js";
import { tsHeader } from "./header.js";

/** `src/generated/schema.ts`: the spec's types, exactly as openapi-typescript writes them. */
export async function emitSchemaTypes(ir: ProviderIR): Promise<string> {
  const ast = await openapiTS(structuredClone(ir.document) as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    alphabetize: false,
    propertiesRequiredByDefault: false,
  });
  return `${tsHeader(ir)}\n${astToString(ast)}`;
}
