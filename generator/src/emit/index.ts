import type { ProviderIR } from "../ir/index.js";
import { emitFormattedClient } from "./client/emit-client.js";
import type { FileKind } from "./format.js";
import { emitFormattedReadme, emitIndex, emitPackageJson, emitTsconfig } from "./package-files.js";
import { formatOffThread, startSchemaTypes } from "./types-pool.js";
import { emitFormattedWebhooks } from "./webhooks-emitter.js";
import { isPrintedIndex, isPrintedJson } from "./printed-templates.js";
import { escapeUnseen } from "./escape/index.js";

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
  // Rendered from templates in prettier's layout: prettier only sees one a value could have changed.
  const files: Array<[string, FileKind, () => string, (text: string) => boolean]> = [
    ["package.json", "json", () => emitPackageJson(ir), isPrintedJson],
    ["tsconfig.json", "json", () => emitTsconfig(ir), isPrintedJson],
    ["src/index.ts", "typescript", () => emitIndex(ir), isPrintedIndex],
  ];
  // All started before any is awaited, so that with a worker their formatting queues there together;
  // schema.ts is awaited with them, so its failure is handled whichever fails first.
  const [formatted, webhooks, readme, client, schemaText] = await Promise.all([
    Promise.all(
      files.map(async ([path, kind, emit, isPrinted]) => {
        const text = emit();
        return { path, contents: isPrinted(text) ? text : await formatOffThread(text, kind) };
      }),
    ),
    emitFormattedWebhooks(ir),
    emitFormattedReadme(ir),
    emitFormattedClient(ir),
    schema.finish(),
  ]);
  if (webhooks) formatted.push({ path: "src/generated/webhooks.ts", contents: webhooks });
  formatted.push({ path: "README.md", contents: readme });
  formatted.push({ path: "src/generated/client.ts", contents: client });
  formatted.push({ path: "src/generated/schema.ts", contents: schemaText });
  // Every context's escaping already wrote unseen characters as escapes; this is the backstop.
  return formatted
    .map((file) => ({ path: file.path, contents: escapeUnseen(file.contents) }))
    .sort((a, b) => FILE_ORDER.indexOf(a.path) - FILE_ORDER.indexOf(b.path));
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
