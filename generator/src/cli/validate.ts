import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { hasErrors, type Diagnostic } from "../diagnostics/index.js";
import type { ProviderSource } from "../pipeline.js";
import {
  findEntryFile,
  findProject,
  isInSpecsFolder,
  listProviders,
  type ProjectLayout,
} from "../project.js";
import { profileFor } from "../validate/profile.js";
import { printDiagnostics, type Output } from "./report.js";
import { EXIT, UsageError, VALIDATE_HELP } from "./usage.js";

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
  let failed = false;
  for (const target of targets) {
    const diagnostics = files.includes(target)
      ? await validateFile(path.resolve(cwd, target), layout, values.strict, cwd)
      : await validateProvider(layout!, target);
    printDiagnostics(output, diagnostics, cwd);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    output.out(
      `${target.padEnd(10)} ${errors} error${errors === 1 ? "" : "s"}, ${diagnostics.length - errors} warning${diagnostics.length - errors === 1 ? "" : "s"}`,
    );
    failed ||= hasErrors(diagnostics);
  }
  return failed ? EXIT.diagnostics : EXIT.ok;
}

async function validateProvider(layout: ProjectLayout, id: string): Promise<Diagnostic[]> {
  const entry = findEntryFile(layout, id);
  return entry.file
    ? analysedDiagnostics({ id, entryFile: entry.file, root: layout.root })
    : entry.diagnostics;
}

/** A spec file: the openapi profile unless it belongs to specs/<provider>/ or --strict is given. */
async function validateFile(
  file: string,
  layout: ProjectLayout | undefined,
  strict: boolean,
  cwd: string,
): Promise<Diagnostic[]> {
  const profile = profileFor({
    inSpecsFolder: layout !== undefined && isInSpecsFolder(layout, file),
    strict,
  });
  const id = path.basename(file).replace(/\.(ya?ml|json)$/i, "");
  return analysedDiagnostics({ id, entryFile: file, root: layout?.root ?? cwd, profile });
}

/** The pipeline (loader, checks, IR) is loaded only once there is a spec to check, not for --help. */
async function analysedDiagnostics(source: ProviderSource): Promise<Diagnostic[]> {
  const { analyseProvider } = await import("../pipeline.js");
  return (await analyseProvider(source)).diagnostics;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
