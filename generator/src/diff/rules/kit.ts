import { joinPointer } from "../../util/json-pointer.js";
import {
  SCOPE_DIRECTION,
  type DiffContext,
  type OperationPair,
  type SchemaPair,
  type SchemaSite,
  type Scope,
} from "../context.js";
import type { Level, Occurrence, RawFinding } from "../model.js";
import type { Schema } from "../normalize/schema.js";
import type { Rule } from "./rule.js";

/** What a rule says about one place; the kit turns it into a finding. */
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

interface SchemaRuleDefinition extends Omit<Rule, "check" | "direction"> {
  scope: Scope;
  detect(pair: SchemaPair, ctx: DiffContext): Detection | undefined;
}

/** The subject of a finding about a schema node: `request body property 'card.number'`. */
export function subject(holder: string, path: string): string {
  return path === "" ? holder : `${holder} property '${path}'`;
}

/** Every place a schema pair is reached from, named the way the finding's message names its first. */
function occurrences(pair: SchemaPair, where: (site: SchemaSite) => string): Occurrence[] {
  return pair.sites.map((site) => ({
    operation: site.operation.revision.label,
    where: where(site),
  }));
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

function at(schema: Schema, keyword: string | undefined): string {
  return keyword === undefined ? schema.pointer : joinPointer(schema.pointer, keyword);
}

/** A rule that looks at each pair of differing schema nodes of one scope. */
export function schemaRule(definition: SchemaRuleDefinition): Rule {
  const { scope, detect, ...rule } = definition;
  return {
    ...rule,
    direction: SCOPE_DIRECTION[scope],
    check(ctx) {
      const findings: RawFinding[] = [];
      for (const pair of ctx.schemaPairs(scope)) {
        const found = detect(pair, ctx);
        if (!found) continue;
        const side = found.side ?? "revision";
        findings.push(
          findingOf(found, {
            where: subject(pair.holder, pair.path),
            operation: pair.operation.revision.label,
            occurrences: occurrences(pair, (site) => subject(site.holder, site.path)),
            side,
            pointer: at(side === "base" ? pair.base : pair.revision, found.keyword),
            typesChange: found.typesChange ?? ctx.typesChanged(pair.base, pair.revision),
          }),
        );
      }
      return findings;
    },
  };
}

interface PropertyRuleDefinition extends Omit<Rule, "check" | "direction"> {
  scope: Scope;
  /** `base` or `revision` is undefined when the property exists on one side only. */
  detect(
    property: { name: string; base?: Schema; revision?: Schema; pair: SchemaPair },
    ctx: DiffContext,
  ): Detection | undefined;
}

/**
 * A rule about the properties of object schemas. Properties clients cannot see in that direction
 * (readOnly in requests, writeOnly in responses) are skipped.
 */
export function propertyRule(definition: PropertyRuleDefinition): Rule {
  const { scope, detect, ...rule } = definition;
  const direction = SCOPE_DIRECTION[scope];
  const visible = (schema: Schema | undefined) =>
    schema !== undefined &&
    !(direction === "request" && scope !== "webhook-payload" ? schema.readOnly : schema.writeOnly);
  return {
    ...rule,
    direction,
    check(ctx) {
      const findings: RawFinding[] = [];
      for (const pair of ctx.schemaPairs(scope)) {
        const names = new Set([...pair.base.properties.keys(), ...pair.revision.properties.keys()]);
        for (const name of names) {
          const base = pair.base.properties.get(name);
          const revision = pair.revision.properties.get(name);
          if (!visible(base) && !visible(revision)) continue;
          // Still in the schema on both sides: the visibility rules report it, not as added or removed.
          if (base && revision && visible(base) !== visible(revision)) continue;
          const property = {
            name,
            pair,
            ...(visible(base) ? { base: base! } : {}),
            ...(visible(revision) ? { revision: revision! } : {}),
          };
          const found = detect(property, ctx);
          if (!found) continue;
          const side = found.side ?? (property.revision ? "revision" : "base");
          const node = side === "base" ? (base ?? pair.base) : (revision ?? pair.revision);
          findings.push(
            findingOf(found, {
              where: subject(pair.holder, pair.path ? `${pair.path}.${name}` : name),
              operation: pair.operation.revision.label,
              occurrences: occurrences(pair, (site) =>
                subject(site.holder, site.path ? `${site.path}.${name}` : name),
              ),
              side,
              pointer: at(node, found.keyword),
              typesChange: true,
            }),
          );
        }
      }
      return findings;
    },
  };
}

type BoundKeyword =
  | "minimum"
  | "maximum"
  | "exclusiveMinimum"
  | "exclusiveMaximum"
  | "minLength"
  | "maxLength"
  | "minItems"
  | "maxItems";

interface BoundRuleDefinition extends Omit<Rule, "check" | "direction"> {
  scope: Scope;
  /** Upper bounds: `maximum`, `exclusiveMaximum`; lower bounds: `minimum`, `exclusiveMinimum`. */
  keywords: readonly BoundKeyword[];
  /** Reports when the bound moved this way (no bound counts as infinitely loose). */
  moved: "tighter" | "looser";
}

/** A rule about a numeric bound moving: a tighter request bound rejects what clients sent before. */
export function boundRule(definition: BoundRuleDefinition): Rule {
  const { keywords, moved, ...rest } = definition;
  const upper = keywords.some(
    (keyword) => keyword.startsWith("max") || keyword === "exclusiveMaximum",
  );
  return schemaRule({
    ...rest,
    detect(pair) {
      const before = effectiveBound(pair.base, keywords, upper);
      const after = effectiveBound(pair.revision, keywords, upper);
      if (before === undefined && after === undefined) return undefined;
      if (
        before !== undefined &&
        after !== undefined &&
        !isTighter(after, before, upper) &&
        !isTighter(before, after, upper)
      )
        return undefined;
      const tighter =
        before === undefined ? true : after === undefined ? false : isTighter(after, before, upper);
      if (tighter !== (moved === "tighter")) return undefined;
      const direction = upper === tighter ? "decreased" : "increased";
      const detail =
        before === undefined
          ? `${after!.keyword} set to ${after!.value}`
          : after === undefined
            ? `${before.keyword} ${before.value} removed`
            : before.keyword === after.keyword
              ? `${after.keyword} ${direction} from ${before.value} to ${after.value}`
              : `${before.keyword} ${before.value} became ${after.keyword} ${after.value}`;
      return {
        detail,
        typesChange: false,
        keyword: (after ?? before)!.keyword,
        ...(after === undefined ? { side: "base" as const } : {}),
      };
    },
  });
}

interface Bound {
  keyword: BoundKeyword;
  value: number;
  exclusive: boolean;
}

/** The tightest of a schema's bounds among `keywords`: `maximum: 10` and `exclusiveMaximum: 10` are one upper bound, the exclusive one tighter. */
function effectiveBound(
  schema: Schema,
  keywords: readonly BoundKeyword[],
  upper: boolean,
): Bound | undefined {
  let tightest: Bound | undefined;
  for (const keyword of keywords) {
    const value = schema[keyword];
    if (value === undefined) continue;
    const bound = { keyword, value, exclusive: keyword.startsWith("exclusive") };
    if (tightest === undefined || isTighter(bound, tightest, upper)) tightest = bound;
  }
  return tightest;
}

function isTighter(a: Bound, b: Bound, upper: boolean): boolean {
  if (a.value !== b.value) return upper ? a.value < b.value : a.value > b.value;
  return a.exclusive && !b.exclusive;
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

/** Type names as users read them: `string`, `integer | string`, `any`. */
export function describeTypes(schema: Schema): string {
  return schema.types === undefined
    ? "any"
    : schema.types.length === 0
      ? "nothing"
      : schema.types.join(" | ");
}

/**
 * Whether every value of the `before` types is still a value of the `after` types (`integer` values
 * are `number` values). `any` accepts everything.
 */
export function typesAccept(after: Schema, before: Schema): boolean {
  if (after.types === undefined) return true;
  if (before.types === undefined) return false;
  return before.types.every(
    (type) =>
      after.types!.includes(type) || (type === "integer" && after.types!.includes("number")),
  );
}

export function formatValue(value: unknown): string {
  return JSON.stringify(value);
}
