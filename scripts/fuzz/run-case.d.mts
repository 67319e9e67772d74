import type { FuzzCaseResult } from "../fuzz-specs.mjs";

/** The parts of the built generator a case runs (generator/dist). */
export interface FuzzGenerator {
  main(
    argv: string[],
    output: { out(line: string): void; err(line: string): void },
    cwd: string,
  ): Promise<number>;
  resolveTargets(
    values: { spec: string; out: string },
    positionals: string[],
    cwd: string,
  ): { sources: unknown[] };
  analyseProvider(source: unknown): Promise<{ diagnostics: unknown[]; ir?: unknown }>;
  formatDiagnostic(diagnostic: unknown, cwd: string): string;
  /** The generator's own prettier call: a generated file must be its fixed point. */
  formatSource(text: string, kind: "typescript"): Promise<string>;
  hasErrors(diagnostics: readonly unknown[]): boolean;
}

export function runsEndToEnd(seed: number, index: number, every: number): boolean;

export function runCase(
  generator: FuzzGenerator,
  corpus: unknown[],
  job: { seed: number; index: number; endToEndEvery: number },
): Promise<FuzzCaseResult>;
