import path from "node:path";
import type { Finding } from "../../src/diff/model.js";

/** One finding as the rule fixtures' expected.txt writes it. */
export function findingLine(finding: Finding): string {
  const at = finding.location
    ? `${path.basename(finding.location.file)}:${finding.location.line}:${finding.location.column}`
    : "-";
  const line = `${finding.level} ${finding.direction} ${finding.operation ?? "-"}: ${finding.message} @ ${at} types:${finding.typesChange ? "changed" : "same"}`;
  const others = finding.occurrences.slice(1).map((o) => `${o.operation} (${o.where})`);
  return others.length === 0 ? line : `${line} also: ${others.join("; ")}`;
}
