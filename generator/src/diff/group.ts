import type { Finding, Occurrence } from "./model.js";

/**
 * One finding per change site: findings of the same rule about the same node with the same change
 * (the message without the place it names) become one, listing every place they were seen from.
 * A component used by 600 operations, or twice in one, is one finding with 600 or 2 occurrences.
 */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const where = finding.occurrences[0]?.where ?? "";
    const change = finding.message.startsWith(where)
      ? finding.message.slice(where.length)
      : finding.message;
    const key = [finding.rule, finding.level, finding.side, finding.pointer, change].join("\0");
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
  const first = sorted[0];
  const primary =
    (first &&
      group.find((f) =>
        f.occurrences.some((o) => o.operation === first.operation && o.where === first.where),
      )) ??
    group[0]!;
  return { ...primary, typesChange: group.some((f) => f.typesChange), occurrences: sorted };
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  const key = (o: Occurrence) => `${o.operation}\0${o.where}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
