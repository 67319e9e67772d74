import { readFileSync } from "node:fs";
import path from "node:path";
import { hasErrors, type Diagnostic } from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import type { ProjectLayout } from "../project.js";
import { isRecord } from "../util/json-pointer.js";
import { validateSpec } from "../validate/index.js";
import type { Level } from "./model.js";
import type { DiffReport, PackageReport } from "./report.js";
import { diffSpecs } from "./run.js";
import { nextVersion, suggestBump } from "./semver.js";
import type { Comparison, SpecSource } from "./sources.js";

export { diffSpecs } from "./run.js";
export type { Finding, Level } from "./model.js";
export type { DiffReport, PackageReport } from "./report.js";

/** A comparison with both sides loaded and valid. */
export interface LoadedComparison {
  comparison: Comparison;
  base?: LoadedSpec;
  revision?: LoadedSpec;
}

/** Loads and validates both sides of every comparison; any error stops the diff. */
export async function loadComparisons(comparisons: Comparison[]): Promise<{ loaded: LoadedComparison[]; diagnostics: Array<Diagnostic & { source: SpecSource }> }> {
  const diagnostics: Array<Diagnostic & { source: SpecSource }> = [];
  const load = async (source: SpecSource | undefined): Promise<LoadedSpec | undefined> => {
    if (!source) return undefined;
    const result = await source.load();
    const problems = result.spec ? validateSpec(result.spec, { examples: false }) : result.diagnostics;
    if (hasErrors(problems)) {
      diagnostics.push(...problems.filter((d) => d.severity === "error").map((d) => ({ ...d, source })));
      return undefined;
    }
    return result.spec;
  };
  const loaded: LoadedComparison[] = [];
  for (const comparison of comparisons) {
    const [base, revision] = await Promise.all([load(comparison.base), load(comparison.revision)]);
    loaded.push({ comparison, ...(base ? { base } : {}), ...(revision ? { revision } : {}) });
  }
  return { loaded, diagnostics };
}

/** Findings, suggested release and changelog material for every compared provider. */
export function buildReport(loaded: LoadedComparison[], layout: ProjectLayout | undefined): DiffReport {
  return { packages: loaded.map((entry) => packageReport(entry, layout)) };
}

function packageReport({ comparison, base, revision }: LoadedComparison, layout: ProjectLayout | undefined): PackageReport {
  const document = (revision ?? base)?.document ?? {};
  const extension = isRecord(document["x-paygen-package"]) ? document["x-paygen-package"] : {};
  const packageName = typeof extension["name"] === "string" ? extension["name"] : `@paygen/${comparison.provider}`;
  const currentVersion = layout ? readVersion(path.join(layout.packagesDir, comparison.provider, "package.json")) : undefined;
  const findings = base && revision ? diffSpecs(base, revision) : [];
  const status = !base ? "added" : !revision ? "removed" : findings.length > 0 ? "changed" : "unchanged";
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
    report.packages.some((pkg) => pkg.status === "removed" || pkg.findings.some((f) => SEVERITY[f.level] >= SEVERITY[failOn])) ||
    (report.consumer?.breaks.length ?? 0) > 0
  );
}
