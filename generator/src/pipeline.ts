import path from "node:path";
import { hasErrors, type Diagnostic } from "./diagnostics/index.js";
import type { GeneratedFile } from "./emit/index.js";
import { buildIR, type PackageLayout, type ProviderIR } from "./ir/index.js";
import { loadSpec } from "./load/index.js";
import { validateSpec, type Profile } from "./validate/index.js";

/** What `--strict-examples` holds to the house profile: wrong examples and schemas that cannot check them. */
const STRICT_EXAMPLE_CODES = new Set(["PG140", "PG141"] as const);

export interface ProviderRun {
  id: string;
  diagnostics: Diagnostic[];
  /** Every file the loader read (absolute, sorted): what the no-change cache fingerprints. */
  inputs?: string[];
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
  /** Validation profile (default: house). */
  profile?: Profile;
  /** Under the openapi profile, an example that contradicts its schema is still an error. */
  strictExamples?: boolean;
  /** Default `workspace`; `standalone` for `generate --spec … --out dir`. */
  layout?: PackageLayout;
  /** Folder the spec's `$ref`s must stay inside (default: the entry file's folder). */
  specRoot?: string;
}

/** The stages a run reports as it enters them (for the command line's progress). */
export type PipelineStage = "load" | "validate" | "emit";

/** load → validate → ir; stops at the first stage with errors. */
export async function analyseProvider(
  source: ProviderSource,
  onStage: (stage: PipelineStage) => void = () => {},
): Promise<Omit<ProviderRun, "files" | "milliseconds">> {
  onStage("load");
  const loaded = await loadSpec(source.entryFile, { root: source.specRoot });
  if (!loaded.spec) return { id: source.id, diagnostics: loaded.diagnostics };
  const inputs = loaded.spec.files;
  onStage("validate");
  const diagnostics = validateSpec(loaded.spec, {
    profile: source.profile ?? "house",
    ...(source.strictExamples ? { asHouse: STRICT_EXAMPLE_CODES } : {}),
  });
  if (hasErrors(diagnostics)) return { id: source.id, diagnostics, inputs };
  const layout = source.layout ?? "workspace";
  // A standalone package travels without the folder it was generated in: name the spec by file name.
  const specPath =
    layout === "standalone"
      ? path.basename(loaded.spec.entryFile)
      : path.relative(source.root, loaded.spec.entryFile).split(path.sep).join("/");
  const built = buildIR({ id: source.id, specPath, spec: loaded.spec, layout });
  const all = [...diagnostics, ...built.diagnostics];
  if (!built.ir) return { id: source.id, diagnostics: all, inputs };
  const ir = source.packageName ? { ...built.ir, packageName: source.packageName } : built.ir;
  return { id: source.id, diagnostics: all, inputs, ir };
}

/** The whole in-memory part of generation for one provider: nothing is written here. */
export async function generateProvider(
  source: ProviderSource,
  onStage: (stage: PipelineStage) => void = () => {},
): Promise<ProviderRun> {
  const started = performance.now();
  const analysed = await analyseProvider(source, onStage);
  if (analysed.ir) onStage("emit");
  // Loaded here, not at the top: `paygen validate` analyses specs but never loads the emitters or prettier.
  const files = analysed.ir
    ? await (await import("./emit/index.js")).emitPackage(analysed.ir)
    : undefined;
  return { ...analysed, ...(files ? { files } : {}), milliseconds: performance.now() - started };
}
