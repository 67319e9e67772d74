import type { ProviderIR } from "../ir/index.js";
import { emitClient } from "./client/emit-client.js";
import { formatSource, type FileKind } from "./format.js";
import { emitIndex, emitPackageJson, emitReadme, emitTsconfig } from "./package-files.js";
import { emitSchemaTypes } from "./types-emitter.js";

export { GENERATED_MARKER, isGeneratedText } from "./header.js";

export interface GeneratedFile {
  /** Relative to the package directory, `/`-separated. */
  path: string;
  contents: string;
}

/** Every file of one generated package, formatted, in a fixed order. */
export async function emitPackage(ir: ProviderIR): Promise<GeneratedFile[]> {
  const files: Array<[string, FileKind, () => string | Promise<string>]> = [
    ["package.json", "json", () => emitPackageJson(ir)],
    ["README.md", "markdown", () => emitReadme(ir)],
    ["tsconfig.json", "json", () => emitTsconfig(ir)],
    ["src/index.ts", "typescript", () => emitIndex(ir)],
    ["src/generated/schema.ts", "typescript", () => emitSchemaTypes(ir)],
    ["src/generated/client.ts", "typescript", () => emitClient(ir)],
  ];
  return Promise.all(files.map(async ([path, kind, emit]) => ({ path, contents: await formatSource(await emit(), kind) })));
}
