import type { Level } from "../model.js";
import { summarizeLevels, type DiffReport } from "../report.js";
import { bumpText, occurrenceSummary, relativeLocation } from "./where.js";

const COMMAND: Record<Level, string> = { breaking: "error", warning: "warning", info: "notice" };

/** GitHub Actions workflow commands: one annotation per finding, on the spec line it is about. */
export function formatGithub(report: DiffReport, cwd: string): string {
  const lines: string[] = [];
  for (const pkg of report.packages) {
    for (const f of pkg.findings) {
      const at = relativeLocation(f, cwd);
      const properties = [
        ...(at ? [`file=${property(at.file)}`, `line=${at.line}`, `col=${at.column}`] : []),
        `title=${property(`${pkg.packageName}: ${f.rule}`)}`,
      ];
      const revision =
        f.side === "base" && pkg.baseRevision ? ` (line in ${pkg.baseRevision})` : "";
      const affected = occurrenceSummary(f);
      lines.push(
        `::${COMMAND[f.level]} ${properties.join(",")}::${data(`${f.operation ? `${f.operation}: ` : ""}${f.message}${revision}${affected ? ` — ${affected}` : ""}`)}`,
      );
    }
    lines.push(
      `${pkg.packageName}: ${summarizeLevels(pkg.findings)}; suggested release: ${bumpText(pkg)}`,
    );
  }
  for (const b of report.consumer?.breaks ?? []) {
    const causes = b.causes.map((c) => c.rule).join(", ");
    lines.push(
      `::error file=${property(b.file)},line=${b.line},col=${b.column},title=${property("paygen diff: consumer no longer compiles")}::${data(`${b.message}${causes ? ` (caused by ${causes})` : ""}`)}`,
    );
  }
  return lines.join("\n");
}

/** Escaping of the message part of a workflow command. */
function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping of a property value (also `:` and `,`). */
function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
