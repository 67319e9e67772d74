import type { DiffContext } from "../context.js";
import type { Direction, Level, RawFinding } from "../model.js";
import type { OasdiffComparison } from "./oasdiff-levels.js";

/** One named check. Every rule has a fixture pair under generator/test/diff/rules/ (see rule-fixture.ts there). */
export interface Rule {
  /** kebab-case, stable: users filter and suppress by it. */
  id: string;
  level: Level;
  direction: Direction;
  /** One sentence: what the rule reports and why it matters at that level. */
  description: string;
  /** The rule reporting the opposite change, e.g. `request-property-removed` ↔ `request-property-added-optional`. */
  twin?: string;
  /** Why there is no twin, when there is none. */
  waiver?: string;
  /** oasdiff's rules and levels for the same change; `paygen diff --rules` prints it under the rule. */
  oasdiff: OasdiffComparison;
  check(ctx: DiffContext): RawFinding[];
}
