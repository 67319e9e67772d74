import { summarizeLevels, type DiffReport } from "../report.js";
import { bumpText, occurrenceSummary, where } from "./where.js";

/** For terminals: one block per package, one two-line entry per finding. */
export function formatText(report: DiffReport, cwd: string): string {
  const lines: string[] = [];
  for (const pkg of report.packages) {
    lines.push(`${pkg.packageName}  ${pkg.base ?? "(none)"} → ${pkg.revision ?? "(none)"}`);
    if (pkg.status === "added" || pkg.status === "removed") {
      lines.push(`  ${bumpText(pkg)}`, "");
      continue;
    }
    const typed = pkg.findings.filter((f) => f.typesChange).length;
    lines.push(
      `  ${summarizeLevels(pkg.findings)}; ${typed} change the generated types; suggested release: ${bumpText(pkg)}`,
    );
    for (const finding of pkg.findings) {
      lines.push(
        `  ${finding.level.padEnd(8)}  ${finding.operation ? `${finding.operation}: ` : ""}${finding.message}  [${finding.rule}]`,
      );
      lines.push(
        `  ${"".padEnd(8)}  at ${where(finding, pkg, cwd)} · ${finding.direction} · ${finding.typesChange ? "TS types change" : "TS types unchanged"}`,
      );
      const affected = occurrenceSummary(finding);
      if (affected) lines.push(`  ${"".padEnd(8)}  ${affected}`);
    }
    lines.push("");
  }
  if (report.consumer) {
    const { consumer } = report;
    lines.push(
      consumer.breaks.length === 0
        ? `consumer ${consumer.tsconfig}: still compiles against the regenerated ${consumer.packages.join(", ") || "packages"}`
        : `consumer ${consumer.tsconfig}: ${consumer.breaks.length} line${consumer.breaks.length === 1 ? "" : "s"} no longer compile`,
    );
    if (consumer.alreadyBroken > 0)
      lines.push(
        `  (${consumer.alreadyBroken} error(s) already present against the old client are not counted)`,
      );
    for (const broken of consumer.breaks) {
      lines.push(`  ${broken.file}:${broken.line}:${broken.column}  ${broken.message}`);
      for (const cause of broken.causes)
        lines.push(
          `    ← ${cause.operation ? `${cause.operation}: ` : ""}${cause.message}  [${cause.rule}]`,
        );
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}
