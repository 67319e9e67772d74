import { toDisplayPath, type Diagnostic, type DiagnosticCode } from "../diagnostics/index.js";

/**
 * A validation problem of one compared spec. `paygen diff` compares whatever parses: these are listed
 * beside the findings as located warnings (with --strict, an error among them stops the comparison).
 */
export interface SpecProblem {
  /** The side's label: `specs/omise/openapi.yaml`, `origin/main:specs/omise/openapi.yaml`. */
  spec: string;
  code: DiagnosticCode;
  /** As validation reported it, before the diff lists it as a warning. */
  severity: Diagnostic["severity"];
  message: string;
  location: Diagnostic["location"];
}

function where(problem: SpecProblem, cwd: string): string {
  return problem.location
    ? `${toDisplayPath(problem.location.file, cwd)}:${problem.location.line}:${problem.location.column}`
    : problem.spec;
}

/** Text and markdown: `file:line:col: warning PG132: message` lines, under a heading. */
export function specProblemLines(
  problems: readonly SpecProblem[],
  cwd: string,
  format: "text" | "markdown",
): string[] {
  if (problems.length === 0) return [];
  const heading = `Spec problems (${problems.length}), compared anyway; --strict makes them fatal:`;
  const line = (p: SpecProblem): string => `${where(p, cwd)}: warning ${p.code}: ${p.message}`;
  return format === "markdown"
    ? ["## Spec problems", "", heading, "", ...problems.map((p) => `- \`${line(p)}\``), ""]
    : [heading, ...problems.map((p) => `  ${line(p)}`), ""];
}

/** GitHub workflow annotations, one `::warning` per problem. */
export function specProblemAnnotations(problems: readonly SpecProblem[], cwd: string): string[] {
  const escape = (text: string): string =>
    text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string): string => escape(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return problems.map((p) => {
    const at = p.location
      ? [
          `file=${property(toDisplayPath(p.location.file, cwd))}`,
          `line=${p.location.line}`,
          `col=${p.location.column}`,
        ]
      : [];
    return `::warning ${[...at, `title=${property(`paygen diff: spec problem ${p.code}`)}`].join(",")}::${escape(p.message)}`;
  });
}

/** JSON: stable keys, paths relative to the working directory. */
export function specProblemsJson(problems: readonly SpecProblem[], cwd: string): unknown[] {
  return problems.map((p) => ({
    spec: p.spec,
    code: p.code,
    severity: p.severity,
    message: p.message,
    location: p.location
      ? {
          file: toDisplayPath(p.location.file, cwd),
          line: p.location.line,
          column: p.location.column,
        }
      : null,
  }));
}
