import type { Finding, Occurrence } from "./model.js";

/**
 * One finding per change site: findings of the same rule about the same node with the same change
 * (the message without the place it names) become one, listing every place they were seen from.
 * A component used by 600 operations, or twice in one, is one finding with 600 or 2 occurrences.
 */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = [
      finding.rule,
      finding.level,
      finding.side,
      finding.pointer,
      changeOf(finding),
    ].join("\0");
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()].map(merge);
}

function merge(group: Finding[]): Finding {
  const occurrences = new Map<string, Occurrence>();
  for (const finding of group) {
    for (const occurrence of finding.occurrences)
      occurrences.set(`${occurrence.operation}\0${occurrence.where}`, occurrence);
  }
  const sorted = [...occurrences.values()].sort(compareOccurrences);
  const primary = group[0]!;
  const merged = { ...primary, typesChange: group.some((f) => f.typesChange), occurrences: sorted };
  const first = sorted[0];
  if (!first) return merged;
  // Named after the first place in sorted order, so the output does not depend on walk order.
  return { ...merged, operation: first.operation, message: `${first.where}${changeOf(primary)}` };
}

/** The message without the place it starts with: ` removed`, ` type changed from string to integer`. */
function changeOf(finding: Finding): string {
  const where = finding.occurrences[0]?.where ?? "";
  return finding.message.startsWith(where) ? finding.message.slice(where.length) : finding.message;
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  const key = (o: Occurrence) => `${o.operation}\0${o.where}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
