import { formatDiagnostic, helpFor, toDisplayPath, type Diagnostic } from "../diagnostics/index.js";
import { escapeControls, escapeJsonControls, paintSeverity } from "./terminal.js";

/** Where the command line writes: stdout lines, stderr lines, and what it knows of the terminal. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Writes to stderr without a newline: the live progress line. */
  errPartial?(text: string): void;
  /** stderr is a terminal (default false): a live progress line and colours. */
  isTTY?: boolean;
  /** Environment consulted for NO_COLOR (default: none set). */
  env?: Readonly<Record<string, string | undefined>>;
  /** `--no-color` was given. */
  noColor?: boolean;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  errPartial: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
  env: process.env,
};

/** Spec text reaches messages and paths: neither may carry raw control characters to the terminal. */
export function printableDiagnostic(d: Diagnostic): Diagnostic {
  return {
    ...d,
    message: escapeControls(d.message),
    location: d.location && { ...d.location, file: escapeControls(d.location.file) },
  };
}

export function printDiagnostics<D extends Diagnostic>(
  output: Output,
  diagnostics: readonly D[],
  cwd: string,
  suffix: (d: D) => string = () => "",
): void {
  for (const d of diagnostics)
    output.err(
      paintSeverity(output, formatDiagnostic(printableDiagnostic(d), cwd), d.severity) + suffix(d),
    );
}

/** The `--json` shape of one diagnostic; documented in the README and stable. */
export function diagnosticJson(d: Diagnostic, cwd: string) {
  return {
    file: d.location ? toDisplayPath(d.location.file, cwd) : null,
    line: d.location?.line ?? null,
    column: d.location?.column ?? null,
    severity: d.severity,
    code: d.code,
    message: d.message,
    help: helpFor(d.code),
  };
}

/** In `--json` mode this is the only thing written to stdout. */
export function printJson(output: Output, value: unknown): void {
  output.out(escapeJsonControls(JSON.stringify(value, null, 2)));
}

export function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`;
}
