import type { Scope } from "../../context.js";
import type { Level } from "../../model.js";
import type { Schema } from "../../normalize/schema.js";
import { sameValue } from "../../normalize/schema.js";
import { typeShape } from "../../ts-shape.js";
import type { OasdiffComparison } from "../oasdiff-levels.js";
import type { Rule } from "../rule.js";
import type { Detection } from "./finding.js";
import { propertyRule, schemaRule } from "./schema.js";

/**
 * The checks every schema scope shares (parameters, request bodies, responses, webhook payloads),
 * made concrete by each rule file with its own id, level and scope.
 */
interface Named {
  id: string;
  level: Level;
  scope: Scope;
  description: string;
  twin?: string;
  waiver?: string;
  oasdiff: OasdiffComparison;
}

function named(
  definition: Named,
): Omit<Named, "twin" | "waiver"> & ({ twin: string } | { waiver: string }) {
  const { twin, waiver, ...rest } = definition;
  return twin !== undefined ? { ...rest, twin } : { ...rest, waiver: waiver ?? "" };
}

/** Type names as users read them: `string`, `integer | string`, `any`. */
function describeTypes(schema: Schema): string {
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
function typesAccept(after: Schema, before: Schema): boolean {
  if (after.types === undefined) return true;
  if (before.types === undefined) return false;
  return before.types.every(
    (type) =>
      after.types!.includes(type) || (type === "integer" && after.types!.includes("number")),
  );
}

function formatValue(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * `incompatible`: the new types do not accept every value of the old (as the reader of the value
 * sees it: the server for requests, the client for responses). `widened`: the new types accept all
 * old values and more. `narrowed`: the new types are a strict subset of the old.
 */
export function typeChangeRule(
  definition: Named & { change: "incompatible" | "widened" | "narrowed" },
): Rule {
  const { change, ...rest } = definition;
  return schemaRule({
    ...named(rest),
    detect({ base, revision }) {
      if (String(base.types) === String(revision.types)) return undefined;
      const widened = typesAccept(revision, base);
      const narrowed = typesAccept(base, revision);
      const requestSide = rest.scope === "parameter" || rest.scope === "request-body";
      // Whoever reads the value (the server for requests, the client otherwise) must accept it.
      const reported =
        change === "incompatible"
          ? requestSide
            ? !widened
            : !narrowed
          : change === "widened"
            ? widened && !narrowed
            : narrowed && !widened;
      if (!reported) return undefined;
      return {
        detail: `type changed from ${describeTypes(base)} to ${describeTypes(revision)}`,
        keyword: "type",
      };
    },
  });
}

/** One finding per enum value that appeared or disappeared, where both sides have an enum. */
export function enumValueRule(definition: Named & { change: "added" | "removed" }): Rule {
  const { change, ...rest } = definition;
  return schemaRule({
    ...named(rest),
    detect({ base, revision }) {
      if (!base.enum || !revision.enum) return undefined;
      const [from, to] =
        change === "added" ? [base.enum, revision.enum] : [revision.enum, base.enum];
      const values = to.filter((value) => !from.some((other) => sameValue(value, other)));
      if (values.length === 0) return undefined;
      const list = values.map(formatValue).join(", ");
      return {
        detail: `enum value${values.length === 1 ? "" : "s"} ${list} ${change}`,
        keyword: "enum",
        typesChange: true,
      };
    },
  });
}

/** An enum restriction that appeared (`added`) on an unrestricted schema, or went away (`removed`). */
export function enumPresenceRule(definition: Named & { change: "added" | "removed" }): Rule {
  const { change, ...rest } = definition;
  return schemaRule({
    ...named(rest),
    detect({ base, revision }) {
      const before = base.enum !== undefined;
      const after = revision.enum !== undefined;
      if (change === "added" && !before && after)
        return {
          detail: `restricted to enum ${revision.enum!.map(formatValue).join(", ")}`,
          keyword: "enum",
          typesChange: true,
        };
      if (change === "removed" && before && !after)
        return {
          detail: `enum ${base.enum!.map(formatValue).join(", ")} removed`,
          side: "base",
          keyword: "enum",
          typesChange: true,
        };
      return undefined;
    },
  });
}

export function nullableRule(definition: Named & { became: "nullable" | "not nullable" }): Rule {
  const { became, ...rest } = definition;
  return schemaRule({
    ...named(rest),
    detect({ base, revision }) {
      const wanted = became === "nullable";
      return base.nullable !== wanted && revision.nullable === wanted
        ? { detail: `became ${became}`, typesChange: true }
        : undefined;
    },
  });
}

export function formatRule(definition: Named): Rule {
  return schemaRule({
    ...named(definition),
    detect({ base, revision }) {
      if (base.format === revision.format) return undefined;
      const detail =
        base.format === undefined
          ? `format "${revision.format}" added`
          : revision.format === undefined
            ? `format "${base.format}" removed`
            : `format changed from "${base.format}" to "${revision.format}"`;
      return {
        detail,
        keyword: "format",
        ...(revision.format === undefined ? { side: "base" as const } : {}),
      };
    },
  });
}

export function patternRule(definition: Named & { change: "added" | "removed" | "changed" }): Rule {
  const { change, ...rest } = definition;
  return schemaRule({
    ...named(rest),
    detect({ base, revision }) {
      const before = base.pattern;
      const after = revision.pattern;
      if (before === after) return undefined;
      if (change === "added" && before === undefined)
        return {
          detail: `pattern ${formatValue(after)} added`,
          keyword: "pattern",
          typesChange: false,
        };
      if (change === "removed" && after === undefined)
        return {
          detail: `pattern ${formatValue(before)} removed`,
          keyword: "pattern",
          side: "base",
          typesChange: false,
        };
      if (change === "changed" && before !== undefined && after !== undefined) {
        return {
          detail: `pattern changed from ${formatValue(before)} to ${formatValue(after)}`,
          keyword: "pattern",
          typesChange: false,
        };
      }
      return undefined;
    },
  });
}

export function defaultRule(definition: Named): Rule {
  return schemaRule({
    ...named(definition),
    detect({ base, revision }) {
      if (
        !("default" in base) ||
        !("default" in revision) ||
        sameValue(base.default, revision.default)
      )
        return undefined;
      return {
        detail: `default changed from ${formatValue(base.default)} to ${formatValue(revision.default)}`,
        keyword: "default",
        typesChange: false,
      };
    },
  });
}

/** A property only on the revision side; `required` selects new required or new optional properties. */
export function propertyAddedRule(definition: Named & { required?: boolean }): Rule {
  const { required, ...rest } = definition;
  return propertyRule({
    ...named(rest),
    detect({ name, base, revision, pair }) {
      if (base || !revision) return undefined;
      const isRequired = pair.revision.required.has(name);
      if (required !== undefined && isRequired !== required) return undefined;
      return {
        detail:
          required === undefined ? "added" : `added as ${isRequired ? "required" : "optional"}`,
      };
    },
  });
}

export function propertyRemovedRule(definition: Named): Rule {
  return propertyRule({
    ...named(definition),
    detect: ({ base, revision }) =>
      base && !revision ? { detail: "removed", side: "base" } : undefined,
  });
}

/** A property on both sides that moved into (`required`) or out of (`optional`) its object's required list. */
export function requiredChangeRule(definition: Named & { became: "required" | "optional" }): Rule {
  const { became, ...rest } = definition;
  return propertyRule({
    ...named(rest),
    detect({ name, base, revision, pair }): Detection | undefined {
      if (!base || !revision) return undefined;
      const before = pair.base.required.has(name);
      const after = pair.revision.required.has(name);
      if (before === after || after !== (became === "required")) return undefined;
      return { detail: `became ${became}` };
    },
  });
}

/** How a oneOf/anyOf variant is named in a message: its component name, else its TypeScript shape. */
function variantName(schema: Schema): string {
  return schema.refName ?? typeShape(schema);
}

/** Variants of a oneOf/anyOf that appeared or disappeared, where both sides are unions of the same kind. */
export function variantRule(definition: Named & { change: "added" | "removed" }): Rule {
  const { change, ...rest } = definition;
  return schemaRule({
    ...named(rest),
    detect({ base, revision }, ctx) {
      if (!base.variants || !revision.variants || base.variants.kind !== revision.variants.kind)
        return undefined;
      const match = ctx.variantMatch(base, revision);
      const names = (change === "added" ? match.added : match.removed).map(variantName);
      if (names.length === 0) return undefined;
      const list = names.map((name) => `'${name}'`).join(", ");
      return {
        detail: `${base.variants.kind} variant${names.length === 1 ? "" : "s"} ${list} ${change}`,
        keyword: base.variants.kind,
        typesChange: true,
        ...(change === "removed" ? { side: "base" as const } : {}),
      };
    },
  });
}

/**
 * A property turning `readOnly` (in requests) or `writeOnly` (in responses) on or off: it leaves or
 * joins what clients send or receive, although it is still in the schema. The generated types
 * ignore both keywords, so they do not change.
 */
export function visibilityRule(
  definition: Named & { keyword: "readOnly" | "writeOnly"; became: boolean },
): Rule {
  const { keyword, became, ...rest } = definition;
  const label = keyword === "readOnly" ? "read-only" : "write-only";
  return schemaRule({
    ...named(rest),
    detect({ base, revision }) {
      if (base[keyword] === revision[keyword] || revision[keyword] !== became) return undefined;
      return {
        detail: became ? `became ${label}` : `is no longer ${label}`,
        keyword,
        typesChange: false,
        ...(became ? {} : { side: "base" as const }),
      };
    },
  });
}
