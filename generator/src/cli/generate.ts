import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  diagnostic,
  hasErrors,
  toDisplayPath,
  UsageError,
  type Diagnostic,
} from "../diagnostics/index.js";
import type { ProviderSource } from "../pipeline.js";
import { findEntryFile, findProject, isInSpecsFolder, listProviders } from "../project.js";
import { profileFor } from "../validate/profile.js";
import {
  fingerprint,
  isCurrent,
  readCache,
  sha256,
  writeCache,
  type CacheEntry,
} from "../write/cache.js";
import { describeIoError } from "../util/io-error.js";
import {
  applyPlans,
  checkOutputDir,
  OutputError,
  planPackage,
  recoverPackage,
  type PackagePlan,
} from "../write/index.js";
import { packageNameProblem } from "./package-name.js";
import { diagnosticJson, formatMs, printDiagnostics, printJson, type Output } from "./report.js";
import { createProgress, type Progress } from "./terminal.js";
import { EXIT, GENERATE_HELP } from "./usage.js";

/** One package of a `generate` run: the `packages[]` entry of `--json` (documented in the README). */
export interface PackageSummary {
  provider: string;
  package: string;
  operations: number;
  written: number;
  unchanged: number;
  removed: number;
  ms: number;
  outDir: string;
  /** Skipped: inputs and outputs exactly as last generated. */
  cached: boolean;
}

interface CheckedFile {
  status: "missing" | "stale" | "extra";
  file: string;
}

interface GenerateResult {
  code: number;
  diagnostics: Diagnostic[];
  packages: PackageSummary[];
  /** `--check` only: how many packages were compared and every file out of date. */
  check?: { packages: number; files: CheckedFile[] };
  /** Why nothing was written, for the text output. */
  failure?: string;
  ms: number;
}

export async function generateCommand(
  argv: string[],
  output: Output,
  cwd: string,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string" },
      out: { type: "string" },
      name: { type: "string" },
      "strict-examples": { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      root: { type: "string" },
      json: { type: "boolean", default: false },
      progress: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    output.out(GENERATE_HELP);
    return EXIT.ok;
  }
  if (values.out === "")
    throw new UsageError("--out is empty; name the folder to write the package into");
  const nameProblem = values.name === undefined ? undefined : packageNameProblem(values.name);
  if (nameProblem)
    throw new UsageError(
      `--name ${JSON.stringify(values.name)} is not a valid npm package name: it ${nameProblem}`,
    );
  const progress = createProgress(output, { requested: values.progress, json: values.json });
  const result = await runGenerate(values, positionals, cwd, progress);
  progress.clear();
  if (values.json) printGenerateJson(output, result, cwd);
  else printGenerateText(output, result, cwd);
  return result.code;
}

async function runGenerate(
  values: Parameters<typeof resolveTargets>[0] & { check: boolean },
  positionals: string[],
  cwd: string,
  progress: Progress,
): Promise<GenerateResult> {
  const started = performance.now();
  const done = (result: Omit<GenerateResult, "ms">): GenerateResult => ({
    ...result,
    ms: performance.now() - started,
  });
  const targets = resolveTargets(values, positionals, cwd);
  if ("error" in targets)
    return done({ code: EXIT.diagnostics, diagnostics: targets.error, packages: [] });
  if (!values.check) {
    const refused = await prepareOutputDirs(targets.outDirs);
    if (refused.length > 0)
      return done({
        code: EXIT.diagnostics,
        diagnostics: refused,
        packages: [],
        failure: "paygen: no package was written.",
      });
  }

  // A package whose inputs and outputs are exactly as last generated is skipped (never under --check,
  // never for an ad-hoc --spec). Only the spec files the loader read last time are fingerprinted.
  const cacheKeys = targets.sources.map(
    (source, i) => `${targets.outDirs[i]}\0${source.packageName ?? ""}`,
  );
  const cached: Array<CacheEntry | undefined> = await Promise.all(
    targets.sources.map(async (source, i) => {
      if (values.check || !targets.cacheRoot) return undefined;
      const entry = await readCache(targets.cacheRoot, source.id);
      if (!entry) return undefined;
      return (await isCurrent(
        entry,
        await fingerprint(entry.inputs, cacheKeys[i]!),
        path.join(targets.outDirs[i]!, "src", "generated"),
      ))
        ? entry
        : undefined;
    }),
  );
  const pending = targets.sources
    .map((source, i) => ({ source, outDir: targets.outDirs[i]!, cacheKey: cacheKeys[i]! }))
    .filter((_, i) => !cached[i]);
  if (pending.length > 0)
    (await import("../emit/types-pool.js")).prewarmSchemaWorker(
      pending.map(({ source }) => source.entryFile),
    );
  const { generateProvider } =
    pending.length > 0 ? await import("../pipeline.js") : { generateProvider: undefined };
  const runs = await Promise.all(
    pending.map(({ source }) =>
      generateProvider!(source, (stage) => progress.stage(source.id, stage)),
    ),
  );
  const diagnostics = runs.flatMap((run) => run.diagnostics);
  const failed = runs.filter((run) => hasErrors(run.diagnostics) || !run.files);
  if (failed.length > 0)
    return done({
      code: EXIT.diagnostics,
      diagnostics,
      packages: [],
      failure: `paygen: ${failed.map((run) => run.id).join(", ")} failed; no package was written.`,
    });

  const plans = await Promise.all(
    runs.map((run, index) => planPackage(pending[index]!.outDir, run.files!)),
  );
  if (values.check) {
    const files = checkPlans(plans, cwd);
    return done({
      code: files.length === 0 ? EXIT.ok : EXIT.diagnostics,
      diagnostics,
      packages: [],
      check: { packages: plans.length, files },
    });
  }

  for (const { source } of pending) progress.stage(source.id, "write");
  let results: Awaited<ReturnType<typeof applyPlans>>;
  try {
    results = await applyPlans(plans);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    return done({
      code: EXIT.diagnostics,
      diagnostics: [...diagnostics, diagnostic("PG180", error.message, undefined)],
      packages: [],
    });
  }
  const packages: PackageSummary[] = [];
  for (const [index, run] of runs.entries()) {
    const { source, outDir, cacheKey } = pending[index]!;
    const runFingerprint =
      targets.cacheRoot && run.inputs ? await fingerprint(run.inputs, cacheKey) : undefined;
    if (targets.cacheRoot && runFingerprint) {
      const files = Object.fromEntries(
        plans[index]!.files.map((file) => [file.absolutePath, sha256(file.contents)]),
      );
      await writeCache(targets.cacheRoot, source.id, {
        fingerprint: runFingerprint,
        inputs: run.inputs!,
        operations: run.ir!.operations.length,
        files,
      });
    }
    packages.push({
      provider: run.id,
      package: run.ir!.packageName,
      operations: run.ir!.operations.length,
      ...fileCounts(results.get(plans[index]!.packageDir)!),
      ms: Math.round(run.milliseconds),
      outDir: toDisplayPath(outDir, cwd),
      cached: false,
    });
  }
  targets.sources.forEach((source, i) => {
    const entry = cached[i];
    if (!entry) return;
    const outDir = targets.outDirs[i]!;
    packages.push({
      provider: source.id,
      package: installedPackageName(outDir) ?? source.packageName ?? source.id,
      operations: entry.operations,
      written: 0,
      unchanged: Object.keys(entry.files).length,
      removed: 0,
      ms: 0,
      outDir: toDisplayPath(outDir, cwd),
      cached: true,
    });
  });
  return done({ code: EXIT.ok, diagnostics, packages });
}

function printGenerateJson(output: Output, result: GenerateResult, cwd: string): void {
  printJson(output, {
    packages: result.packages,
    ...(result.check ? { check: result.check.files } : {}),
    diagnostics: result.diagnostics.map((d) => diagnosticJson(d, cwd)),
  });
}

function printGenerateText(output: Output, result: GenerateResult, cwd: string): void {
  printDiagnostics(output, result.diagnostics, cwd);
  if (result.failure) output.err(result.failure);
  if (result.check) {
    const { packages, files } = result.check;
    if (files.length === 0) {
      output.out(`paygen: ${plural(packages, "package")} up to date`);
      return;
    }
    for (const { status, file } of files) output.err(`${`${status}:`.padEnd(8)} ${file}`);
    output.err(`paygen: ${plural(files.length, "file")} out of date; run \`paygen generate\``);
    return;
  }
  if (result.code !== EXIT.ok) return;
  for (const summary of result.packages) output.out(summaryLine(summary));
  output.out(`paygen: ${plural(result.packages.length, "package")} in ${formatMs(result.ms)}`);
}

/**
 * Before anything is generated: finish or undo any swap a killed run left beside each package, then
 * refuse any output folder paygen may not own. Returns the diagnostics of the folders refused.
 */
async function prepareOutputDirs(outDirs: readonly string[]): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  for (const outDir of outDirs) {
    const refused = await checkOutputDir(outDir);
    if (refused) {
      problems.push(refused);
      continue;
    }
    await recoverPackage(outDir).catch((error: NodeJS.ErrnoException) => {
      problems.push(
        diagnostic(
          "PG180",
          `cannot recover the interrupted write of ${outDir}: ${describeIoError(error)}`,
          undefined,
        ),
      );
    });
  }
  return problems;
}

export interface Targets {
  sources: ProviderSource[];
  outDirs: string[];
  /** Repository root whose node_modules/.cache holds generation fingerprints; none for ad-hoc specs. */
  cacheRoot: string | undefined;
}

/** What `generate` would run for these options: one source and output folder per package. Exported for the fuzzer. */
export function resolveTargets(
  values: {
    spec?: string | undefined;
    out?: string | undefined;
    name?: string | undefined;
    root?: string | undefined;
    "strict-examples"?: boolean | undefined;
    strict?: boolean | undefined;
  },
  positionals: string[],
  cwd: string,
): Targets | { error: ReturnType<typeof findEntryFile>["diagnostics"] } {
  if (values.spec !== undefined || values.out !== undefined) {
    if (values.spec === undefined || values.out === undefined)
      throw new UsageError("--spec and --out go together");
    if (positionals.length > 0) throw new UsageError("name providers or use --spec, not both");
    const outDir = path.resolve(cwd, values.out);
    const id = path.basename(outDir);
    const entryFile = path.resolve(cwd, values.spec);
    const project = findProject(cwd);
    return {
      sources: [
        {
          id,
          entryFile,
          root: project?.root ?? cwd,
          profile: profileFor({
            inSpecsFolder: project !== undefined && isInSpecsFolder(project, entryFile),
            strict: values.strict === true,
          }),
          strictExamples: values["strict-examples"] === true,
          layout: "standalone",
          ...(values.root ? { specRoot: path.resolve(cwd, values.root) } : {}),
          ...(values.name ? { packageName: values.name } : {}),
        },
      ],
      outDirs: [outDir],
      cacheRoot: undefined,
    };
  }
  const layout = findProject(values.root ? path.resolve(cwd, values.root) : cwd);
  if (!layout)
    throw new UsageError(
      "no specs/ folder here or above; run inside a paygen repository or pass --root",
    );
  const known = listProviders(layout);
  const unknown = positionals.filter((p) => !known.includes(p));
  if (unknown.length > 0)
    throw new UsageError(`unknown provider ${unknown.join(", ")} (known: ${known.join(", ")})`);
  const providers = positionals.length > 0 ? [...new Set(positionals)].sort() : known;
  const sources: ProviderSource[] = [];
  const errors = [];
  for (const id of providers) {
    const entry = findEntryFile(layout, id);
    if (entry.file) sources.push({ id, entryFile: entry.file, root: layout.root });
    else errors.push(...entry.diagnostics);
  }
  if (errors.length > 0) return { error: errors };
  return {
    sources,
    outDirs: sources.map((source) => path.join(layout.packagesDir, source.id)),
    cacheRoot: layout.root,
  };
}

function checkPlans(plans: PackagePlan[], cwd: string): CheckedFile[] {
  const files: CheckedFile[] = [];
  for (const plan of plans) {
    for (const file of plan.files) {
      if (file.status === "new")
        files.push({ status: "missing", file: toDisplayPath(file.absolutePath, cwd) });
      if (file.status === "changed")
        files.push({ status: "stale", file: toDisplayPath(file.absolutePath, cwd) });
    }
    for (const stale of plan.stale)
      files.push({ status: "extra", file: toDisplayPath(stale, cwd) });
  }
  return files;
}

function summaryLine(summary: PackageSummary): string {
  const { provider, operations, written, unchanged, removed, ms, outDir, cached } = summary;
  const removedNote = removed > 0 ? `, ${removed} removed` : "";
  return `${provider.padEnd(10)} ${String(operations).padStart(3)} operations  ${written + unchanged} files: ${written} written, ${unchanged} unchanged${removedNote}  ${formatMs(ms).padStart(7)}  → ${outDir}${cached ? " (cached)" : ""}`;
}

function fileCounts(result: { written: number; unchanged: number; removed: number }) {
  return { written: result.written, unchanged: result.unchanged, removed: result.removed };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The name in an already generated package's manifest (a cached package was not regenerated). */
function installedPackageName(outDir: string): string | undefined {
  try {
    return (
      JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as { name?: string }
    ).name;
  } catch {
    return undefined;
  }
}
