import type { SourceLocation } from "../diagnostics/index.js";

/** How much a change matters to existing clients. */
export type Level = "breaking" | "warning" | "info";

/**
 * Which side of the exchange the change is on: what clients send, what they receive, or the
 * generated package's own API (exported type names) whatever goes over the wire.
 */
export type Direction = "request" | "response" | "package";

export const LEVELS: readonly Level[] = ["breaking", "warning", "info"];

/** One place a change is seen from: an operation, and what of it reaches the changed node. */
export interface Occurrence {
  /** `GET /charges/{id}` or `webhook charge.created POST`. */
  operation: string;
  /** `response 200 property 'card.number'`, `query parameter 'limit'`; empty when the operation itself changed. */
  where: string;
}

/** One change between two specs, as reported by one rule. */
export interface Finding {
  rule: string;
  level: Level;
  direction: Direction;
  /** One line, no trailing period. */
  message: string;
  /** `GET /charges/{id}`, `webhook charge.created`, or absent for spec-wide findings. */
  operation?: string;
  /** Where the changed node is: in the revision, or in the base for removals. */
  side: "base" | "revision";
  pointer: string;
  location?: SourceLocation;
  /** Whether the generated client's TypeScript types change because of this finding. */
  typesChange: boolean;
  /**
   * Every place the changed node is reached from, sorted, `operation` first: a change inside a
   * shared component is one finding. Empty for spec-wide findings.
   */
  occurrences: Occurrence[];
}

/** A finding as a rule reports it; the runner adds the rule id, level, direction and location. */
export interface RawFinding {
  message: string;
  operation?: string;
  side: "base" | "revision";
  pointer: string;
  typesChange: boolean;
  /** What `message` starts with that names the place (`request body property 'amount'`), not the change. */
  where?: string;
  /** Every place the change is seen from, when a rule knows more than `operation` and `where`. */
  occurrences?: Occurrence[];
  /** Overrides the rule's level (e.g. a removed error status is less severe than a removed 200). */
  level?: Level;
}

export function compareLevels(a: Level, b: Level): number {
  return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}
