import path from "node:path";
import { parseArgs } from "node:util";
import { diagnostic, hasErrors, toDisplayPath, type Diagnostic } from "../diagnostics/index.js";
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
import { describeIoError } from "../write/io-error.js";
import {
  applyPlans,
  checkOutputDir,
  OutputError,
  planPackage,
  recoverPackage,
  type PackagePlan,
} from "../write/index.js";
import { packageNameProblem } from "./package-name.js";
import { formatMs, printDiagnostics, type Output } from "./report.js";
import { EXIT, GENERATE_HELP, UsageError } from "./usage.js";

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
  const started = performance.now();
  const targets = resolveTargets(values, positionals, cwd);
  if ("error" in targets) {
    printDiagnostics(output, targets.error, cwd);
    return EXIT.diagnostics;
  }
  if (!values.check) {
    const refused = await prepareOutputDirs(targets.outDirs);
    if (refused.length > 0) {
      printDiagnostics(output, refused, cwd);
      output.err("paygen: no package was written.");
      return EXIT.diagnostics;
    }
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
  const runs = await Promise.all(pending.map(({ source }) => generateProvider!(source)));
  for (const run of runs) printDiagnostics(output, run.diagnostics, cwd);
  const failed = runs.filter((run) => hasErrors(run.diagnostics) || !run.files);
  if (failed.length > 0) {
    output.err(`paygen: ${failed.map((run) => run.id).join(", ")} failed; no package was written.`);
    return EXIT.diagnostics;
  }

  const plans = await Promise.all(
    runs.map((run, index) => planPackage(pending[index]!.outDir, run.files!)),
  );
  if (values.check) return reportCheck(plans, output, cwd);

  let results: Awaited<ReturnType<typeof applyPlans>>;
  try {
    results = await applyPlans(plans);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    printDiagnostics(output, [diagnostic("PG180", error.message, undefined)], cwd);
    return EXIT.diagnostics;
  }
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
    output.out(
      summaryLine(
        run.id,
        run.ir!.operations.length,
        results.get(plans[index]!.packageDir)!,
        run.milliseconds,
        outDir,
        cwd,
      ),
    );
  }
  targets.sources.forEach((source, i) => {
    const entry = cached[i];
    if (entry) {
      const count = Object.keys(entry.files).length;
      output.out(
        summaryLine(
          source.id,
          entry.operations,
          { written: 0, unchanged: count, removed: 0 },
          0,
          targets.outDirs[i]!,
          cwd,
          " (cached)",
        ),
      );
    }
  });
  output.out(
    `paygen: ${targets.sources.length} package${targets.sources.length === 1 ? "" : "s"} in ${formatMs(performance.now() - started)}`,
  );
  return EXIT.ok;
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

function reportCheck(plans: PackagePlan[], output: Output, cwd: string): number {
  const problems: string[] = [];
  for (const plan of plans) {
    for (const file of plan.files) {
      if (file.status === "new") problems.push(`missing: ${toDisplayPath(file.absolutePath, cwd)}`);
      if (file.status === "changed")
        problems.push(`stale:   ${toDisplayPath(file.absolutePath, cwd)}`);
    }
    for (const stale of plan.stale) problems.push(`extra:   ${toDisplayPath(stale, cwd)}`);
  }
  if (problems.length === 0) {
    output.out(`paygen: ${plans.length} package${plans.length === 1 ? "" : "s"} up to date`);
    return EXIT.ok;
  }
  for (const line of problems) output.err(line);
  output.err(
    `paygen: ${problems.length} file${problems.length === 1 ? "" : "s"} out of date; run \`paygen generate\``,
  );
  return EXIT.diagnostics;
}

function summaryLine(
  id: string,
  operations: number,
  result: { written: number; unchanged: number; removed: number },
  milliseconds: number,
  outDir: string,
  cwd: string,
  note = "",
): string {
  const files = result.written + result.unchanged;
  const removed = result.removed > 0 ? `, ${result.removed} removed` : "";
  return `${id.padEnd(10)} ${String(operations).padStart(3)} operations  ${files} files: ${result.written} written, ${result.unchanged} unchanged${removed}  ${formatMs(milliseconds).padStart(7)}  → ${toDisplayPath(outDir, cwd)}${note}`;
}
