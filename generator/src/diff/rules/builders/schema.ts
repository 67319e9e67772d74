import { joinPointer } from "../../../util/json-pointer.js";
import {
  SCOPE_DIRECTION,
  type DiffContext,
  type SchemaPair,
  type SchemaSite,
  type Scope,
} from "../../context.js";
import type { Occurrence, RawFinding } from "../../model.js";
import type { Schema } from "../../normalize/schema.js";
import type { Rule } from "../rule.js";
import { findingOf, subject, type Detection } from "./finding.js";

interface SchemaRuleDefinition extends Omit<Rule, "check" | "direction"> {
  scope: Scope;
  detect(pair: SchemaPair, ctx: DiffContext): Detection | undefined;
}

/** Every place a schema pair is reached from, named the way the finding's message names its first. */
function occurrences(pair: SchemaPair, where: (site: SchemaSite) => string): Occurrence[] {
  return pair.sites.map((site) => ({
    operation: site.operation.revision.label,
    where: where(site),
  }));
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
