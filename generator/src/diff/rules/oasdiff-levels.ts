/**
 * The shape of each rule's `oasdiff` field: oasdiff's levels for the same change (oasdiff
 * `checker/rules.go`, read at commit 4553c69d; ERR = breaking, WARN = warning, INFO = info), with the
 * reason wherever paygen decides otherwise or oasdiff has no rule. `paygen diff --rules` prints it.
 */

export type OasdiffLevel = "ERR" | "WARN" | "INFO";

export interface OasdiffComparison {
  /** The oasdiff rule ids that report the same change, with their levels; or none does. */
  rules: ReadonlyArray<readonly [id: string, level: OasdiffLevel]> | "not reported";
  /** Why paygen's level differs, or why oasdiff has nothing; required then, absent otherwise. */
  reason?: string;
}

export const OASDIFF_LEVEL_OF: Record<OasdiffLevel, "breaking" | "warning" | "info"> = {
  ERR: "breaking",
  WARN: "warning",
  INFO: "info",
};
