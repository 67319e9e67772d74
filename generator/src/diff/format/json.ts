import type { Finding } from "../model.js";
import type { DiffReport, PackageReport } from "../report.js";
import { specProblemsJson } from "../spec-problems.js";
import { relativeLocation } from "./where.js";

/** Machine-readable and stable: keys in a fixed order, paths relative to the working directory. */
export function formatJson(report: DiffReport, cwd: string): string {
  const finding = (f: Finding, pkg: PackageReport) => {
    const at = relativeLocation(f, cwd);
    return {
      rule: f.rule,
      level: f.level,
      direction: f.direction,
      operation: f.operation ?? null,
      message: f.message,
      side: f.side,
      location: at
        ? {
            ...at,
            ...(f.side === "base" && pkg.baseRevision ? { revision: pkg.baseRevision } : {}),
          }
        : null,
      pointer: f.pointer,
      typesChange: f.typesChange,
      count: f.occurrences.length,
      occurrences: f.occurrences.map((o) => ({ operation: o.operation, where: o.where })),
    };
  };
  const body = {
    packages: report.packages.map((pkg) => ({
      provider: pkg.provider,
      package: pkg.packageName,
      status: pkg.status,
      base: pkg.base ?? null,
      revision: pkg.revision ?? null,
      currentVersion: pkg.currentVersion ?? null,
      bump: pkg.bump,
      nextVersion: pkg.nextVersion ?? null,
      findings: pkg.findings.map((f) => finding(f, pkg)),
    })),
    specProblems: specProblemsJson(report.specProblems ?? [], cwd),
    ...(report.consumer
      ? {
          consumer: {
            tsconfig: report.consumer.tsconfig,
            packages: report.consumer.packages,
            alreadyBroken: report.consumer.alreadyBroken,
            breaks: report.consumer.breaks.map((b) => ({
              file: b.file,
              line: b.line,
              column: b.column,
              message: b.message,
              causes: b.causes.map((c) => ({
                rule: c.rule,
                operation: c.operation ?? null,
                message: c.message,
              })),
            })),
          },
        }
      : {}),
  };
  return JSON.stringify(body, null, 2);
}
