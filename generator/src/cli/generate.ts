import path from "node:path";
import { parseArgs } from "node:util";
import { hasErrors } from "../diagnostics/index.js";
import { toDisplayPath } from "../diagnostics/index.js";
import { generateProvider, type ProviderRun, type ProviderSource } from "../pipeline.js";
import { findEntryFile, findProject, listProviders } from "../project.js";
import { applyPlans, planPackage, type PackagePlan } from "../write/index.js";
import { formatMs, printDiagnostics, type Output } from "./report.js";
import { EXIT, GENERATE_HELP, UsageError } from "./usage.js";

export async function generateCommand(argv: string[], output: Output, cwd: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string" },
      out: { type: "string" },
      name: { type: "string" },
      root: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    output.out(GENERATE_HELP);
    return EXIT.ok;
  }
  const started = performance.now();
  const targets = resolveTargets(values, positionals, cwd);
  if ("error" in targets) {
    printDiagnostics(output, targets.error, cwd);
    return EXIT.diagnostics;
  }

  const runs = await Promise.all(targets.sources.map((source) => generateProvider(source)));
  for (const run of runs) printDiagnostics(output, run.diagnostics, cwd);
  const failed = runs.filter((run) => hasErrors(run.diagnostics) || !run.files);
  if (failed.length > 0) {
    output.err(`paygen: ${failed.map((run) => run.id).join(", ")} failed; no package was written.`);
    return EXIT.diagnostics;
  }

  const plans = await Promise.all(runs.map((run, index) => planPackage(targets.outDirs[index]!, run.files!)));
  if (values.check) return reportCheck(plans, output, cwd);

  const results = await applyPlans(plans);
  runs.forEach((run, index) => output.out(summaryLine(run, results.get(plans[index]!.packageDir)!, targets.outDirs[index]!, cwd)));
  output.out(`paygen: ${runs.length} package${runs.length === 1 ? "" : "s"} in ${formatMs(performance.now() - started)}`);
  return EXIT.ok;
}

interface Targets {
  sources: ProviderSource[];
  outDirs: string[];
}

function resolveTargets(
  values: { spec?: string | undefined; out?: string | undefined; name?: string | undefined; root?: string | undefined },
  positionals: string[],
  cwd: string,
): Targets | { error: ReturnType<typeof findEntryFile>["diagnostics"] } {
  if (values.spec !== undefined || values.out !== undefined) {
    if (values.spec === undefined || values.out === undefined) throw new UsageError("--spec and --out go together");
    if (positionals.length > 0) throw new UsageError("name providers or use --spec, not both");
    const outDir = path.resolve(cwd, values.out);
    const id = path.basename(outDir);
    const entryFile = path.resolve(cwd, values.spec);
    return {
      sources: [{ id, entryFile, root: findProject(cwd)?.root ?? cwd, ...(values.name ? { packageName: values.name } : {}) }],
      outDirs: [outDir],
    };
  }
  const layout = findProject(values.root ? path.resolve(cwd, values.root) : cwd);
  if (!layout) throw new UsageError("no specs/ folder here or above; run inside a paygen repository or pass --root");
  const known = listProviders(layout);
  const unknown = positionals.filter((p) => !known.includes(p));
  if (unknown.length > 0) throw new UsageError(`unknown provider ${unknown.join(", ")} (known: ${known.join(", ")})`);
  const providers = positionals.length > 0 ? [...new Set(positionals)].sort() : known;
  const sources: ProviderSource[] = [];
  const errors = [];
  for (const id of providers) {
    const entry = findEntryFile(layout, id);
    if (entry.file) sources.push({ id, entryFile: entry.file, root: layout.root });
    else errors.push(...entry.diagnostics);
  }
  if (errors.length > 0) return { error: errors };
  return { sources, outDirs: sources.map((source) => path.join(layout.packagesDir, source.id)) };
}

function reportCheck(plans: PackagePlan[], output: Output, cwd: string): number {
  const problems: string[] = [];
  for (const plan of plans) {
    for (const file of plan.files) {
      if (file.status === "new") problems.push(`missing: ${toDisplayPath(file.absolutePath, cwd)}`);
      if (file.status === "changed") problems.push(`stale:   ${toDisplayPath(file.absolutePath, cwd)}`);
    }
    for (const stale of plan.stale) problems.push(`extra:   ${toDisplayPath(stale, cwd)}`);
  }
  if (problems.length === 0) {
    output.out(`paygen: ${plans.length} package${plans.length === 1 ? "" : "s"} up to date`);
    return EXIT.ok;
  }
  for (const line of problems) output.err(line);
  output.err(`paygen: ${problems.length} file${problems.length === 1 ? "" : "s"} out of date; run \`paygen generate\``);
  return EXIT.diagnostics;
}

function summaryLine(run: ProviderRun, result: { written: number; unchanged: number; removed: number }, outDir: string, cwd: string): string {
  const files = result.written + result.unchanged;
  const removed = result.removed > 0 ? `, ${result.removed} removed` : "";
  return `${run.id.padEnd(10)} ${String(run.ir!.operations.length).padStart(3)} operations  ${files} files: ${result.written} written, ${result.unchanged} unchanged${removed}  ${formatMs(run.milliseconds).padStart(7)}  → ${toDisplayPath(outDir, cwd)}`;
}
