import {
  CATALOGUE,
  type Diagnostic,
  type DiagnosticCode,
  type Profile,
} from "../diagnostics/index.js";

export type { Profile } from "../diagnostics/index.js";

/**
 * Diagnostics as `profile` reports them: the house profile keeps each as found; the openapi profile
 * turns house-rule errors into warnings or drops them, as the catalogue says. Codes in `asHouse` keep
 * their house severity in either profile (`--strict-examples`).
 */
export function applyProfile(
  diagnostics: readonly Diagnostic[],
  profile: Profile,
  asHouse: ReadonlySet<DiagnosticCode> = new Set(),
): Diagnostic[] {
  if (profile === "house") return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const treatment = asHouse.has(d.code) ? "as-house" : CATALOGUE[d.code].openapi;
    if (treatment === "ignored") continue;
    out.push(treatment === "warning" && d.severity === "error" ? { ...d, severity: "warning" } : d);
  }
  return out;
}

/** The profile of a spec: house for specs/<provider>/ or with --strict, openapi for any other file. */
export function profileFor(options: { inSpecsFolder: boolean; strict: boolean }): Profile {
  return options.inSpecsFolder || options.strict ? "house" : "openapi";
}
