import type { Finding } from "../model.js";
import type { PackageReport } from "../report.js";
import { occurrenceSummary } from "./where.js";

const SECTIONS = [
  { level: "breaking", title: "Breaking changes" },
  { level: "warning", title: "Changes to review" },
  { level: "info", title: "Other changes" },
] as const;

/** A markdown changelog entry for the package's next release. */
export function changelogEntry(pkg: PackageReport): string {
  const version = pkg.nextVersion ?? (pkg.bump === "none" ? "" : `(${pkg.bump})`);
  const lines = [`## ${pkg.packageName} ${version}`.trimEnd(), ""];
  if (pkg.status === "added") return [...lines, "First release.", ""].join("\n");
  if (pkg.status === "removed")
    return [
      ...lines,
      "The provider's spec was removed; the package is no longer generated.",
      "",
    ].join("\n");
  if (pkg.findings.length === 0) return [...lines, "No contract changes.", ""].join("\n");
  for (const section of SECTIONS) {
    const findings = pkg.findings.filter((f) => f.level === section.level);
    if (findings.length === 0) continue;
    lines.push(`### ${section.title}`, "", ...findings.map(entry), "");
  }
  return lines.join("\n");
}

function entry(finding: Finding): string {
  const operation = finding.operation ? `\`${finding.operation}\`: ` : "";
  const affected = occurrenceSummary(finding);
  return `- ${operation}${escapeMarkdown(finding.message)}${affected ? ` (${escapeMarkdown(affected)})` : ""}`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_|<>[\]])/g, "\\$1");
}
