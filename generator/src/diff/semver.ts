import type { Finding } from "./model.js";
import type { Bump } from "./report.js";

/**
 * Breaking findings need a major release; warnings change behaviour users should read about, and
 * additions that change the generated types are features: both minor. Everything else is a patch.
 */
export function suggestBump(findings: readonly Finding[]): Bump {
  if (findings.length === 0) return "none";
  if (findings.some((f) => f.level === "breaking")) return "major";
  if (findings.some((f) => f.level === "warning" || f.typesChange)) return "minor";
  return "patch";
}

/** The version after `bump`; below 1.0.0 a breaking change bumps the minor and anything else the patch. */
export function nextVersion(version: string, bump: Bump): string | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match || bump === "none") return undefined;
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (major === 0) return bump === "major" ? `0.${minor + 1}.0` : `0.${minor}.${patch + 1}`;
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
