import path from "node:path";
import type { Finding } from "../model.js";
import type { PackageReport } from "../report.js";

/** `specs/omise/openapi.yaml:12:5`, relative to `cwd`; undefined when the node has no position. */
export function relativeLocation(
  finding: Finding,
  cwd: string,
): { file: string; line: number; column: number } | undefined {
  if (!finding.location) return undefined;
  const file = path.relative(cwd, finding.location.file).split(path.sep).join("/");
  return { file, line: finding.location.line, column: finding.location.column };
}

/** Location text, naming the revision when the node is in a base spec read from git. */
export function where(finding: Finding, pkg: PackageReport, cwd: string): string {
  const at = relativeLocation(finding, cwd);
  if (!at) return "(no position)";
  const revision = finding.side === "base" && pkg.baseRevision ? ` (at ${pkg.baseRevision})` : "";
  return `${at.file}:${at.line}:${at.column}${revision}`;
}

export function bumpText(pkg: PackageReport): string {
  if (pkg.status === "added") return "new package";
  if (pkg.status === "removed") return "package removed";
  if (pkg.bump === "none") return "no release needed";
  return pkg.nextVersion ? `${pkg.bump} (${pkg.currentVersion} → ${pkg.nextVersion})` : pkg.bump;
}

/**
 * `affects 617 places in 617 operations: GET /a, GET /b, GET /c and 614 more`, for a finding seen
 * from more than one place; undefined otherwise. Only the JSON format lists every place.
 */
export function occurrenceSummary(finding: Finding, shown = 3): string | undefined {
  const { occurrences } = finding;
  if (occurrences.length < 2) return undefined;
  const operations = [...new Set(occurrences.map((o) => o.operation))];
  const listed = operations.slice(0, shown).join(", ");
  const rest = operations.length - shown;
  const places = `${occurrences.length} places in ${operations.length} operation${operations.length === 1 ? "" : "s"}`;
  return `affects ${places}: ${listed}${rest > 0 ? ` and ${rest} more` : ""}`;
}
