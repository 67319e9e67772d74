import type { OperationPair } from "../../context.js";
import type { Level, Occurrence, RawFinding } from "../../model.js";

/** What a rule says about one place; `findingOf` turns it into a finding. */
export interface Detection {
  /** Completes "<subject> …", e.g. "type changed from string to integer". */
  detail: string;
  /** Report at the base node (for removals); default: the revision node. */
  side?: "base" | "revision";
  /** Default: whether the node's TypeScript shape differs. */
  typesChange?: boolean;
  level?: Level;
  /** Point at this keyword of the node (e.g. `maxLength`) rather than the node itself. */
  keyword?: string;
}

/** The subject of a finding about a schema node: `request body property 'card.number'`. */
export function subject(holder: string, path: string): string {
  return path === "" ? holder : `${holder} property '${path}'`;
}

/** Where a detection was made: everything a finding needs besides what the detection says. */
export interface DetectionSite {
  where: string;
  operation: string;
  side: "base" | "revision";
  pointer: string;
  /** Used when the detection does not say whether the generated types change. */
  typesChange: boolean;
  occurrences?: Occurrence[];
}

/**
 * The one way a rule factory turns a detection into a finding: the message is the place and the
 * change, and the detection's own level and types verdict win over the rule's defaults.
 */
export function findingOf(found: Detection, site: DetectionSite): RawFinding {
  return {
    message: `${site.where} ${found.detail}`,
    where: site.where,
    operation: site.operation,
    ...(site.occurrences ? { occurrences: site.occurrences } : {}),
    side: site.side,
    pointer: site.pointer,
    typesChange: found.typesChange ?? site.typesChange,
    ...(found.level ? { level: found.level } : {}),
  };
}

/** Findings about whole operations (added, removed, renamed, …). */
export function operationFinding(
  operation: OperationPair["revision"],
  side: "base" | "revision",
  message: string,
  typesChange: boolean,
  pointer = operation.pointer,
): RawFinding {
  return { message, operation: operation.label, side, pointer, typesChange };
}
