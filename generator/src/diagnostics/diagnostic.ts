import { CATALOGUE, type DiagnosticCode } from "./catalogue.js";

export interface SourceLocation {
  /** Absolute path of the file the user wrote. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type Severity = "error" | "warning";

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  location: SourceLocation | undefined;
}

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  location: SourceLocation | undefined,
  severity: Severity = "error",
): Diagnostic {
  return { code, severity, message, location };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export function helpFor(code: DiagnosticCode): string {
  return CATALOGUE[code].help;
}

/** Stable order: by file, line, column, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.location?.file ?? "";
    const fb = b.location?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

/** A user error that stops a stage; carries diagnostics, never a stack trace for the user. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} diagnostic(s)`);
    this.name = "DiagnosticsError";
  }
}
