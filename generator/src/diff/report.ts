import type { Finding, Level } from "./model.js";
import type { SpecProblem } from "./spec-problems.js";

export type Bump = "major" | "minor" | "patch" | "none";

/** The diff of one provider's spec, as every output format shows it. */
export interface PackageReport {
  provider: string;
  packageName: string;
  /** The package's version in packages/<provider>/package.json, when there is one. */
  currentVersion?: string;
  /** Labels of the two sides; one is absent when the provider was added or removed. */
  base?: string;
  revision?: string;
  /** Name of the git revision the base side was read from, if any. */
  baseRevision?: string;
  status: "changed" | "unchanged" | "added" | "removed";
  findings: Finding[];
  bump: Bump;
  nextVersion?: string;
}

/** A consumer file line that compiled against the old client and no longer does. */
export interface ConsumerBreak {
  file: string;
  line: number;
  column: number;
  /** TypeScript's message, first line. */
  message: string;
  /** The findings that most plausibly caused it (all breaking type changes when nothing narrows it down). */
  causes: Finding[];
}

export interface ConsumerReport {
  tsconfig: string;
  /** Packages regenerated for the check. */
  packages: string[];
  breaks: ConsumerBreak[];
  /** Errors the consumer already had against the base client (not caused by the change). */
  alreadyBroken: number;
}

export interface DiffReport {
  packages: PackageReport[];
  /** Validation problems of the compared specs, listed as warnings. */
  specProblems?: SpecProblem[];
  consumer?: ConsumerReport;
}

export function countByLevel(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { breaking: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `3 breaking, 1 warning, 12 info`. */
export function summarizeLevels(findings: readonly Finding[]): string {
  const counts = countByLevel(findings);
  return `${counts.breaking} breaking, ${plural(counts.warning, "warning")}, ${counts.info} info`;
}
