import path from "node:path";
import { hasErrors, type Diagnostic } from "./diagnostics/index.js";
import { emitPackage, type GeneratedFile } from "./emit/index.js";
import { buildIR, type ProviderIR } from "./ir/index.js";
import { loadSpec } from "./load/index.js";
import { validateSpec } from "./validate/index.js";

export interface ProviderRun {
  id: string;
  diagnostics: Diagnostic[];
  ir?: ProviderIR;
  files?: GeneratedFile[];
  milliseconds: number;
}

export interface ProviderSource {
  id: string;
  entryFile: string;
  /** Root the spec path in headers is relative to. */
  root: string;
  packageName?: string;
  /** Folder the spec's `$ref`s must stay inside (default: the entry file's folder). */
  specRoot?: string;
  /** Severity of examples that contradict their schema (default: error). */
  exampleSeverity?: "error" | "warning";
}

/** load → validate → ir; stops at the first stage with errors. */
export async function analyseProvider(source: ProviderSource): Promise<Omit<ProviderRun, "files" | "milliseconds">> {
  const loaded = await loadSpec(source.entryFile, { root: source.specRoot });
  if (!loaded.spec) return { id: source.id, diagnostics: loaded.diagnostics };
  const diagnostics = validateSpec(loaded.spec, { exampleSeverity: source.exampleSeverity ?? "error" });
  if (hasErrors(diagnostics)) return { id: source.id, diagnostics };
  const specPath = path.relative(source.root, loaded.spec.entryFile).split(path.sep).join("/");
  const built = buildIR({ id: source.id, specPath, spec: loaded.spec });
  const all = [...diagnostics, ...built.diagnostics];
  if (!built.ir) return { id: source.id, diagnostics: all };
  const ir = source.packageName ? { ...built.ir, packageName: source.packageName } : built.ir;
  return { id: source.id, diagnostics: all, ir };
}

/** The whole in-memory part of generation for one provider: nothing is written here. */
export async function generateProvider(source: ProviderSource): Promise<ProviderRun> {
  const started = performance.now();
  const analysed = await analyseProvider(source);
  const files = analysed.ir ? await emitPackage(analysed.ir) : undefined;
  return { ...analysed, ...(files ? { files } : {}), milliseconds: performance.now() - started };
}
