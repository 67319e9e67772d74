import type { ProviderIR } from "../ir/index.js";
import { emitClient } from "./client/emit-client.js";
import { formatSource, type FileKind } from "./format.js";
import { emitIndex, emitPackageJson, emitReadme, emitTsconfig } from "./package-files.js";
import { startSchemaTypes } from "./types-pool.js";

export { GENERATED_MARKER, isGeneratedText } from "./header.js";

export interface GeneratedFile {
  /** Relative to the package directory, `/`-separated. */
  path: string;
  contents: string;
}

/** Every file of one generated package, formatted, in a fixed order. */
export async function emitPackage(ir: ProviderIR): Promise<GeneratedFile[]> {
  // Started first: it runs on the worker thread while the rest is emitted here.
  const schema = startSchemaTypes(ir);
  const files: Array<[string, FileKind, () => string]> = [
    ["package.json", "json", () => emitPackageJson(ir)],
    ["README.md", "markdown", () => emitReadme(ir)],
    ["tsconfig.json", "json", () => emitTsconfig(ir)],
    ["src/index.ts", "typescript", () => emitIndex(ir)],
    ["src/generated/client.ts", "typescript", () => emitClient(ir)],
  ];
  const formatted: GeneratedFile[] = [];
  for (const [path, kind, emit] of files) formatted.push({ path, contents: await formatSource(emit(), kind) });
  const client = formatted.pop()!;
  return [...formatted, { path: "src/generated/schema.ts", contents: await schema.finish() }, client];
}
