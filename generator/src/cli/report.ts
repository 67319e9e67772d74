import { formatDiagnostic, type Diagnostic } from "../diagnostics/index.js";

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function printDiagnostics(
  output: Output,
  diagnostics: readonly Diagnostic[],
  cwd: string,
): void {
  for (const d of diagnostics) output.err(formatDiagnostic(d, cwd));
}

export function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`;
}
