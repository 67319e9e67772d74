import { readFileSync } from "node:fs";
import path from "node:path";
import { hasErrors, type Diagnostic } from "../diagnostics/index.js";
import { packageExtension, readExtension } from "../extensions/index.js";
import type { LoadedSpec } from "../load/index.js";
import { isInSpecsFolder, type ProjectLayout } from "../project.js";
import { profileFor, validateSpec } from "../validate/index.js";
import type { Level } from "./model.js";
import type { DiffReport, PackageReport } from "./report.js";
import { RULES } from "./rules/index.js";
import { diffSpecs } from "./run.js";
import { nextVersion, suggestBump } from "./semver.js";
import type { Comparison, SpecSource } from "./sources.js";
import type { SpecProblem } from "./spec-problems.js";

export { diffSpecs } from "./run.js";
export type { Finding, Level } from "./model.js";
export type { DiffReport, PackageReport } from "./report.js";

/** A comparison with both sides loaded and valid. */
export interface LoadedComparison {
  comparison: Comparison;
  base?: LoadedSpec;
  revision?: LoadedSpec;
}

export interface LoadOptions {
  /** Decides which sides are provider specs (house profile); others are held only to OpenAPI. */
  layout: ProjectLayout | undefined;
  /** House profile for every side, and a validation error stops the comparison. */
  strict: boolean;
}

export interface LoadedComparisons {
  loaded: LoadedComparison[];
  /** Why an input could not be read or parsed, or (with --strict) is invalid: nothing is compared. */
  fatal: Array<Diagnostic & { source: SpecSource }>;
  /** Validation problems of the sides that loaded, listed with the findings. */
  problems: SpecProblem[];
}

/** Loads and validates both sides of every comparison. Only unreadable input (or --strict errors) stops the diff. */
export async function loadComparisons(
  comparisons: Comparison[],
  options: LoadOptions,
): Promise<LoadedComparisons> {
  const fatal: LoadedComparisons["fatal"] = [];
  const problems: SpecProblem[] = [];
  const seen = new Set<string>();
  const load = async (source: SpecSource | undefined): Promise<LoadedSpec | undefined> => {
    if (!source) return undefined;
    const result = await source.load();
    if (!result.spec) {
      fatal.push(...result.diagnostics.map((d) => ({ ...d, source })));
      return undefined;
    }
    const inSpecsFolder =
      options.layout !== undefined && isInSpecsFolder(options.layout, source.entryFile);
    const found = validateSpec(result.spec, {
      profile: profileFor({ inSpecsFolder, strict: options.strict }),
      examples: false,
    });
    if (options.strict && hasErrors(found)) {
      fatal.push(...found.filter((d) => d.severity === "error").map((d) => ({ ...d, source })));
      return undefined;
    }
    for (const d of found) {
      // A file compared with itself (or shared by both sides) has each problem once.
      const key = `${d.code}\0${d.message}\0${d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : source.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        spec: source.label,
        code: d.code,
        severity: d.severity,
        message: d.message,
        location: d.location,
      });
    }
    return result.spec;
  };
  const loaded: LoadedComparison[] = [];
  for (const comparison of comparisons) {
    const [base, revision] = await Promise.all([load(comparison.base), load(comparison.revision)]);
    loaded.push({ comparison, ...(base ? { base } : {}), ...(revision ? { revision } : {}) });
  }
  return { loaded, fatal, problems };
}

/** Findings, suggested release and changelog material for every compared provider. */
export function buildReport(
  loaded: LoadedComparison[],
  layout: ProjectLayout | undefined,
  specProblems: SpecProblem[] = [],
): DiffReport {
  return {
    packages: loaded.map((entry) => packageReport(entry, layout)),
    ...(specProblems.length > 0 ? { specProblems } : {}),
  };
}

function packageReport(
  { comparison, base, revision }: LoadedComparison,
  layout: ProjectLayout | undefined,
): PackageReport {
  const document = (revision ?? base)?.document ?? {};
  const packageName =
    readExtension(packageExtension, document)?.name ?? `@paygen/${comparison.provider}`;
  const currentVersion = layout
    ? readVersion(path.join(layout.packagesDir, comparison.provider, "package.json"))
    : undefined;
  const findings = base && revision ? diffSpecs(base, revision, RULES, comparison.provider) : [];
  const status = !base
    ? "added"
    : !revision
      ? "removed"
      : findings.length > 0
        ? "changed"
        : "unchanged";
  const bump = status === "removed" ? "major" : suggestBump(findings);
  const next = currentVersion && status !== "added" ? nextVersion(currentVersion, bump) : undefined;
  return {
    provider: comparison.provider,
    packageName,
    ...(currentVersion ? { currentVersion } : {}),
    ...(comparison.base ? { base: comparison.base.label } : {}),
    ...(comparison.revision ? { revision: comparison.revision.label } : {}),
    ...(comparison.base?.revision ? { baseRevision: comparison.base.revision.name } : {}),
    status,
    findings,
    bump,
    ...(next ? { nextVersion: next } : {}),
  };
}

function readVersion(file: string): string | undefined {
  try {
    const version = (JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

const SEVERITY: Record<Level, number> = { breaking: 3, warning: 2, info: 1 };

/** Whether the report should fail a CI job: a finding at `failOn` or worse, a removed package, or a broken consumer. */
export function shouldFail(report: DiffReport, failOn: Level): boolean {
  return (
    report.packages.some(
      (pkg) =>
        pkg.status === "removed" || pkg.findings.some((f) => SEVERITY[f.level] >= SEVERITY[failOn]),
    ) || (report.consumer?.breaks.length ?? 0) > 0
  );
}
