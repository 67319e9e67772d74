import path from "node:path";
import { helpFor, type Diagnostic } from "./diagnostic.js";

/** `file:line:col: error PG131 message` with the help line under it; paths relative to `cwd`. */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const where = d.location
    ? `${toDisplayPath(d.location.file, cwd)}:${d.location.line}:${d.location.column}: `
    : "";
  return `${where}${d.severity} ${d.code}: ${d.message}\n  help: ${helpFor(d.code)}`;
}

export function toDisplayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative)
    .split(path.sep)
    .join("/");
}
