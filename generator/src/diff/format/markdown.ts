import { summarizeLevels, type DiffReport } from "../report.js";
import { changelogEntry, escapeMarkdown } from "./changelog.js";
import { bumpText, occurrenceSummary, where } from "./where.js";

/** For pull-request comments and job summaries: a table of findings and a changelog entry per package. */
export function formatMarkdown(report: DiffReport, cwd: string): string {
  const lines = ["# paygen diff", ""];
  for (const pkg of report.packages) {
    lines.push(`## ${pkg.packageName}: ${bumpText(pkg)}`, "");
    lines.push(
      `\`${pkg.base ?? "(none)"}\` → \`${pkg.revision ?? "(none)"}\`: ${summarizeLevels(pkg.findings)}`,
      "",
    );
    if (pkg.findings.length > 0) {
      lines.push(
        "| Level | Operation | Change | TS types | Rule | Where |",
        "| --- | --- | --- | --- | --- | --- |",
      );
      for (const f of pkg.findings) {
        const cells = [
          f.level,
          f.operation ? `\`${f.operation}\`` : "",
          escapeMarkdown([f.message, occurrenceSummary(f)].filter(Boolean).join(" — ")),
          f.typesChange ? "change" : "unchanged",
          `\`${f.rule}\``,
          `\`${where(f, pkg, cwd)}\``,
        ];
        lines.push(`| ${cells.join(" | ")} |`);
      }
      lines.push("");
    }
    lines.push(
      "<details><summary>Changelog entry</summary>",
      "",
      changelogEntry(pkg).replace(/^(#+) /gm, "$1## "),
      "</details>",
      "",
    );
  }
  if (report.consumer) {
    lines.push(`## Consumer \`${report.consumer.tsconfig}\``, "");
    if (report.consumer.breaks.length === 0)
      lines.push("Still compiles against the regenerated packages.", "");
    else {
      lines.push("| Where | Error | Caused by |", "| --- | --- | --- |");
      for (const b of report.consumer.breaks) {
        const causes = b.causes
          .map(
            (c) =>
              `\`${c.rule}\` ${c.operation ? `\`${c.operation}\` ` : ""}${escapeMarkdown(c.message)}`,
          )
          .join("<br>");
        lines.push(
          `| \`${b.file}:${b.line}:${b.column}\` | ${escapeMarkdown(b.message)} | ${causes} |`,
        );
      }
      lines.push("");
    }
  }
  return lines.join("\n").trimEnd();
}
