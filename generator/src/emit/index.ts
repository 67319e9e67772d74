import type { ProviderIR } from "../ir/index.js";
import { emitFormattedClient } from "./client/emit-client.js";
import { formatSource, type FileKind } from "./format.js";
import { emitFormattedReadme, emitIndex, emitPackageJson, emitTsconfig } from "./package-files.js";
import { startSchemaTypes } from "./types-pool.js";
import { emitFormattedWebhooks } from "./webhooks-emitter.js";

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
    ["tsconfig.json", "json", () => emitTsconfig(ir)],
    ["src/index.ts", "typescript", () => emitIndex(ir)],
  ];
  const formatted: GeneratedFile[] = [];
  for (const [path, kind, emit] of files)
    formatted.push({ path, contents: await formatSource(emit(), kind) });
  const webhooks = await emitFormattedWebhooks(ir);
  if (webhooks) formatted.push({ path: "src/generated/webhooks.ts", contents: webhooks });
  formatted.push({ path: "README.md", contents: await emitFormattedReadme(ir) });
  formatted.push({ path: "src/generated/client.ts", contents: await emitFormattedClient(ir) });
  formatted.push({ path: "src/generated/schema.ts", contents: await schema.finish() });
  return formatted.sort((a, b) => FILE_ORDER.indexOf(a.path) - FILE_ORDER.indexOf(b.path));
}

const FILE_ORDER = [
  "package.json",
  "README.md",
  "tsconfig.json",
  "src/index.ts",
  "src/generated/schema.ts",
  "src/generated/webhooks.ts",
  "src/generated/client.ts",
];
