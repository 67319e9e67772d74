import type { Level } from "../model.js";
import type { Schema } from "../normalize/schema.js";
import type { Detection } from "./builders/index.js";

/** What changed in a schema's discriminator; undefined when nothing did. */
export interface DiscriminatorChange {
  /** The discriminator appeared, disappeared or reads another property. */
  property?: { before?: string; after?: string };
  added: string[];
  removed: string[];
  /** Values that now select another schema. */
  retargeted: Array<{ value: string; before: string; after: string }>;
}

export function discriminatorChange(
  base: Schema,
  revision: Schema,
): DiscriminatorChange | undefined {
  const before = base.discriminator;
  const after = revision.discriminator;
  const empty = new Map<string, string>();
  const beforeMapping = before?.mapping ?? empty;
  const afterMapping = after?.mapping ?? empty;
  const change: DiscriminatorChange = {
    ...(before?.propertyName !== after?.propertyName
      ? {
          property: {
            ...optional("before", before?.propertyName),
            ...optional("after", after?.propertyName),
          },
        }
      : {}),
    added: [...afterMapping.keys()].filter((value) => !beforeMapping.has(value)),
    removed: [...beforeMapping.keys()].filter((value) => !afterMapping.has(value)),
    retargeted: [...beforeMapping].flatMap(([value, target]) => {
      const now = afterMapping.get(value);
      return now !== undefined && now !== target ? [{ value, before: target, after: now }] : [];
    }),
  };
  const changed =
    change.property !== undefined ||
    change.added.length + change.removed.length + change.retargeted.length > 0;
  return changed ? change : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** One detection for all of a schema's discriminator changes, at the level `levelOf` gives them. */
export function discriminatorDetection(
  change: DiscriminatorChange,
  levelOf: (change: DiscriminatorChange) => Level,
): Detection {
  const parts: string[] = [];
  const { property } = change;
  if (property) {
    parts.push(
      property.before === undefined
        ? `discriminator on '${property.after}' added`
        : property.after === undefined
          ? `discriminator on '${property.before}' removed`
          : `discriminator property changed from '${property.before}' to '${property.after}'`,
    );
  }
  const values = (list: string[]) =>
    `discriminator ${list.length === 1 ? "value" : "values"} ${list.map((value) => `'${value}'`).join(", ")}`;
  if (change.removed.length > 0) parts.push(`${values(change.removed)} removed`);
  if (change.added.length > 0) parts.push(`${values(change.added)} added`);
  for (const { value, before, after } of change.retargeted) {
    parts.push(`discriminator value '${value}' now selects '${after}' instead of '${before}'`);
  }
  return {
    detail: parts.join("; "),
    level: levelOf(change),
    typesChange: true,
    keyword: "discriminator",
    ...(property?.after === undefined && property !== undefined ? { side: "base" as const } : {}),
  };
}

/** A discriminator that appeared on or disappeared from a union: how each side's types narrow changes. */
export function discriminatorToggled(change: DiscriminatorChange): boolean {
  return (
    change.property !== undefined &&
    (change.property.before === undefined || change.property.after === undefined)
  );
}
