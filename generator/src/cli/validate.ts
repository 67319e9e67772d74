import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { hasErrors, UsageError, type Diagnostic } from "../diagnostics/index.js";
import type { PipelineStage, ProviderSource } from "../pipeline.js";
import {
  findEntryFile,
  findProject,
  isInSpecsFolder,
  listProviders,
  type ProjectLayout,
} from "../project.js";
import { profileFor } from "../validate/profile.js";
import { diagnosticJson, printDiagnostics, printJson, type Output } from "./report.js";
import { createProgress, escapeControls } from "./terminal.js";
import { EXIT, VALIDATE_HELP } from "./usage.js";

export async function validateCommand(
  argv: string[],
  output: Output,
  cwd: string,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: "string" },
      strict: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      progress: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    output.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const layout = findProject(values.root ? path.resolve(cwd, values.root) : cwd);
  const files = positionals.filter((p) => isFile(path.resolve(cwd, p)));
  const providers = positionals.filter((p) => !files.includes(p));
  if (!layout && (providers.length > 0 || files.length === 0)) {
    throw new UsageError(
      "no specs/ folder here or above; run inside a paygen repository, pass --root, or name a spec file",
    );
  }
  const known = layout ? listProviders(layout) : [];
  const unknown = providers.filter((p) => !known.includes(p));
  if (unknown.length > 0)
    throw new UsageError(
      `unknown provider or file ${unknown.join(", ")} (known providers: ${known.join(", ")})`,
    );
  const targets = positionals.length > 0 ? positionals : known;
  const progress = createProgress(output, { requested: values.progress, json: values.json });
  const all: Diagnostic[] = [];
  for (const target of targets) {
    const onStage = (stage: PipelineStage): void => progress.stage(target, stage);
    const diagnostics = files.includes(target)
      ? await validateFile(path.resolve(cwd, target), layout, values.strict, cwd, onStage)
      : await validateProvider(layout!, target, onStage);
    progress.finish(target);
    all.push(...diagnostics);
    if (values.json) continue;
    printDiagnostics(output, diagnostics, cwd);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    output.out(
      `${escapeControls(target).padEnd(10)} ${errors} error${errors === 1 ? "" : "s"}, ${diagnostics.length - errors} warning${diagnostics.length - errors === 1 ? "" : "s"}`,
    );
  }
  if (values.json) printJson(output, { diagnostics: all.map((d) => diagnosticJson(d, cwd)) });
  return hasErrors(all) ? EXIT.diagnostics : EXIT.ok;
}

async function validateProvider(
  layout: ProjectLayout,
  id: string,
  onStage: (stage: PipelineStage) => void,
): Promise<Diagnostic[]> {
  const entry = findEntryFile(layout, id);
  return entry.file
    ? analysedDiagnostics({ id, entryFile: entry.file, root: layout.root }, onStage)
    : entry.diagnostics;
}

/** A spec file: the openapi profile unless it belongs to specs/<provider>/ or --strict is given. */
async function validateFile(
  file: string,
  layout: ProjectLayout | undefined,
  strict: boolean,
  cwd: string,
  onStage: (stage: PipelineStage) => void,
): Promise<Diagnostic[]> {
  const profile = profileFor({
    inSpecsFolder: layout !== undefined && isInSpecsFolder(layout, file),
    strict,
  });
  const id = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
  return analysedDiagnostics({ id, entryFile: file, root: layout?.root ?? cwd, profile }, onStage);
}

/** The pipeline (loader, checks, IR) is loaded only once there is a spec to check, not for --help. */
async function analysedDiagnostics(
  source: ProviderSource,
  onStage: (stage: PipelineStage) => void,
): Promise<Diagnostic[]> {
  const { analyseProvider } = await import("../pipeline.js");
  return (await analyseProvider(source, onStage)).diagnostics;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
