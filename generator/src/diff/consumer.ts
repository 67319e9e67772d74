import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { UsageError } from "../diagnostics/index.js";
import { emitPackage } from "../emit/index.js";
import { buildIR, type ProviderIR } from "../ir/index.js";
import type { LoadedSpec } from "../load/index.js";
import type { ProjectLayout } from "../project.js";
import type { LoadedComparison } from "./index.js";
import type { Finding } from "./model.js";
import type { ConsumerBreak, ConsumerReport, DiffReport } from "./report.js";

export interface ConsumerCheck {
  tsconfig: string;
  loaded: LoadedComparison[];
  report: DiffReport;
  layout: ProjectLayout | undefined;
  cwd: string;
}

interface Side {
  /** Package name → directory of its regenerated copy. */
  packages: Map<string, string>;
  irs: Map<string, ProviderIR>;
}

/**
 * Regenerates every package whose types changed, once from the base spec and once from the
 * revision, and type-checks the consumer project against each: what fails only against the
 * revision is what the spec change breaks in that project.
 */
export async function checkConsumer(check: ConsumerCheck): Promise<ConsumerReport> {
  if (!existsSync(check.tsconfig))
    throw new UsageError(`--consumer: ${check.tsconfig} does not exist`);
  const config = readConsumerConfig(check.tsconfig);
  const changed = check.loaded.filter(
    (entry, index) =>
      entry.base &&
      entry.revision &&
      check.report.packages[index]!.findings.some((f) => f.typesChange),
  );
  const tsconfigLabel = display(check.tsconfig, check.cwd);
  if (changed.length === 0)
    return { tsconfig: tsconfigLabel, packages: [], breaks: [], alreadyBroken: 0 };

  const scratch = path.join(
    check.layout ? path.join(check.layout.root, "node_modules", ".cache", "paygen") : os.tmpdir(),
    `diff-consumer-${process.pid}-${Date.now()}`,
  );
  try {
    const base = await regenerate(changed, "base", scratch, check.layout);
    const revision = await regenerate(changed, "revision", scratch, check.layout);
    const runtime = check.layout ? runtimeEntry(check.layout) : undefined;
    const before = typeCheck(config, base, runtime, scratch);
    const after = typeCheck(config, revision, runtime, scratch);
    const known = new Set(before.map(keyOf));
    const findings = check.report.packages.flatMap((pkg) => pkg.findings);
    const breaks = after
      .filter((d) => !known.has(keyOf(d)))
      .map((d): ConsumerBreak => ({
        file: display(d.file, check.cwd),
        line: d.line,
        column: d.column,
        message: d.message,
        causes: attribute(d, findings, revision, base),
      }));
    return {
      tsconfig: tsconfigLabel,
      packages: [...revision.packages.keys()].sort(),
      breaks,
      alreadyBroken: before.length,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readConsumerConfig(tsconfig: string): ts.ParsedCommandLine {
  const read = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file));
  if (read.error) throw new UsageError(`--consumer: ${flatten(read.error.messageText)}`);
  const parsed = ts.parseJsonConfigFileContent(
    read.config,
    ts.sys,
    path.dirname(tsconfig),
    undefined,
    tsconfig,
  );
  const fatal = parsed.errors.filter(
    (e) => e.category === ts.DiagnosticCategory.Error && e.code !== 18003,
  );
  if (fatal.length > 0) throw new UsageError(`--consumer: ${flatten(fatal[0]!.messageText)}`);
  if (parsed.fileNames.length === 0)
    throw new UsageError(`--consumer: ${tsconfig} includes no files`);
  return parsed;
}

async function regenerate(
  entries: LoadedComparison[],
  side: "base" | "revision",
  scratch: string,
  layout: ProjectLayout | undefined,
): Promise<Side> {
  const result: Side = { packages: new Map(), irs: new Map() };
  for (const entry of entries) {
    const spec = entry[side] as LoadedSpec;
    const built = buildIR({
      id: entry.comparison.provider,
      specPath: path.basename(spec.entryFile),
      spec,
    });
    if (!built.ir)
      throw new UsageError(
        `cannot generate ${entry.comparison.provider} (${side}): ${built.diagnostics.map((d) => d.message).join("; ")}`,
      );
    const dir = path.join(scratch, side, entry.comparison.provider);
    const files = await emitPackage(built.ir);
    const generated = new Set(files.map((file) => file.path));
    // Hand-written sources next to the generated ones (e.g. a transport) come from the package as it is.
    const handWritten = layout
      ? path.join(layout.packagesDir, entry.comparison.provider)
      : undefined;
    if (handWritten && existsSync(path.join(handWritten, "src"))) {
      for (const file of listFiles(path.join(handWritten, "src"))) {
        const relative = path.relative(handWritten, file).split(path.sep).join("/");
        if (!generated.has(relative)) cpSync(file, path.join(dir, relative));
      }
    }
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.contents);
    }
    if (handWritten && existsSync(path.join(handWritten, "node_modules"))) {
      symlinkSync(
        path.join(handWritten, "node_modules"),
        path.join(dir, "node_modules"),
        "junction",
      );
    }
    result.packages.set(built.ir.packageName, dir);
    result.irs.set(built.ir.packageName, built.ir);
  }
  return result;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function runtimeEntry(layout: ProjectLayout): string | undefined {
  for (const candidate of ["dist/index.d.ts", "src/index.ts"]) {
    const file = path.join(layout.packagesDir, "runtime", candidate);
    if (existsSync(file)) return file;
  }
  return undefined;
}

interface ConsumerError {
  file: string;
  line: number;
  column: number;
  code: number;
  message: string;
  /** The consumer file's lines, for attribution. */
  source: string[];
}

function typeCheck(
  config: ts.ParsedCommandLine,
  side: Side,
  runtime: string | undefined,
  scratch: string,
): ConsumerError[] {
  const paths: Record<string, string[]> = { ...(config.options.paths ?? {}) };
  for (const [name, dir] of side.packages) paths[name] = [path.join(dir, "src", "index.ts")];
  if (runtime) paths["@paygen/runtime"] = [runtime];
  const options: ts.CompilerOptions = {
    ...config.options,
    paths,
    noEmit: true,
    composite: false,
    incremental: false,
    declaration: false,
  };
  delete options.tsBuildInfoFile;
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options,
    projectReferences: config.projectReferences ?? [],
  });
  const ownFiles = new Set(config.fileNames.map((f) => path.resolve(f)));
  return ts
    .getPreEmitDiagnostics(program)
    .filter(
      (d) =>
        d.file &&
        d.start !== undefined &&
        ownFiles.has(path.resolve(d.file.fileName)) &&
        !path.resolve(d.file.fileName).startsWith(scratch),
    )
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start!);
      const source = d.file!.text.split("\n");
      return {
        file: path.resolve(d.file!.fileName),
        line: line + 1,
        column: character + 1,
        code: d.code,
        message: flatten(d.messageText).split("\n")[0]!,
        source,
      };
    });
}

function keyOf(error: ConsumerError): string {
  return `${error.file}:${error.line}:${error.column}:${error.code}:${error.message}`;
}

function flatten(message: string | ts.DiagnosticMessageChain): string {
  return ts.flattenDiagnosticMessageText(message, "\n");
}

function display(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join("/");
}

/** TypeScript errors about values passed in (requests) and about values read (responses). */
const REQUEST_ERRORS = new Set([2322, 2345, 2353, 2559, 2739, 2741, 2769]);
const RESPONSE_ERRORS = new Set([2339, 2551, 2367, 2532, 18047, 18048]);

/**
 * The findings a compile error most plausibly comes from. Candidates are the findings that change
 * types; each step narrows them while something is left: those whose property, parameter or enum
 * value the error or its line names; those on the side the error is about (an argument or a value
 * read); those of the operation whose client method is called nearest above the error. When no
 * finding is named, every breaking type change is a candidate.
 */
function attribute(error: ConsumerError, findings: Finding[], ...sides: Side[]): Finding[] {
  const lineText = error.source[error.line - 1] ?? "";
  const haystack = `${error.message}\n${lineText}`;
  let candidates = findings.filter(
    (f) => f.typesChange && subjectTerms(f).some((term) => mentions(haystack, term)),
  );
  if (candidates.length === 0)
    return findings.filter((f) => f.typesChange && f.level === "breaking");
  const direction = REQUEST_ERRORS.has(error.code)
    ? "request"
    : RESPONSE_ERRORS.has(error.code)
      ? "response"
      : undefined;
  candidates = narrow(candidates, (f) => f.direction === direction);
  for (let line = error.line - 1; line >= Math.max(0, error.line - 30); line -= 1) {
    const text = error.source[line] ?? "";
    const called = candidates.filter((f) =>
      methodTerms(f, ...sides).some((method) => new RegExp(`\\.${method}\\s*\\(`).test(text)),
    );
    if (called.length > 0) return called;
  }
  return candidates;
}

function narrow(findings: Finding[], keep: (finding: Finding) => boolean): Finding[] {
  const kept = findings.filter(keep);
  return kept.length > 0 ? kept : findings;
}

function subjectTerms(finding: Finding): string[] {
  const terms: string[] = [];
  for (const match of finding.message.matchAll(/'([^']+)'/g)) {
    const last = match[1]!
      .split(/[.[\]{}<>]+/)
      .filter(Boolean)
      .pop();
    if (last) terms.push(last);
  }
  for (const match of finding.message.matchAll(/"([^"]+)"/g)) terms.push(match[1]!);
  return terms;
}

function methodTerms(finding: Finding, ...sides: Side[]): string[] {
  const names = new Set<string>();
  const operations =
    finding.occurrences.length > 0
      ? finding.occurrences.map((o) => o.operation)
      : [finding.operation ?? ""];
  for (const operation of operations) {
    const match = /^(\w+) (\S+)$/.exec(operation);
    if (match) addMethodNames(names, match[1]!, match[2]!, sides);
  }
  return [...names];
}

function addMethodNames(
  names: Set<string>,
  method: string,
  operationPath: string,
  sides: Side[],
): void {
  for (const side of sides) {
    for (const ir of side.irs.values()) {
      for (const op of ir.operations) {
        if (op.httpMethod.toUpperCase() === method && op.path === operationPath)
          names.add(op.method);
      }
    }
  }
}

function mentions(haystack: string, term: string): boolean {
  return new RegExp(`(^|[^\\w$])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w$])`).test(
    haystack,
  );
}
