import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../../src/diff/rules/index.js";
import type { Rule } from "../../src/diff/rules/rule.js";

/**
 * Where each rule's fixtures live. A twin pair shares one folder, named after the id that sorts
 * first: its base.yaml → revision.yaml is the owner's change, and the same pair reversed is the
 * twin's (expected.reversed.txt), so the mirror cannot drift. A case one twin covers beyond the
 * mirror is an extra fixture, `<owner>/extra-<rule-id>/`.
 */
export const RULE_FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "rules");

export interface RuleFixture {
  /** How a test names it: the folder below rules/, with `(reversed)` for a twin's view. */
  name: string;
  base: string;
  revision: string;
  expected: string;
}

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule whose folder holds the fixture of `rule`: its twin when the twin's id sorts first. */
export function fixtureOwner(rule: Rule): string {
  return rule.twin !== undefined && rule.twin < rule.id ? rule.twin : rule.id;
}

/** The fixture of a rule's own change; for a twin that does not own the folder, the owner's pair reversed. */
export function mainFixture(id: string): RuleFixture {
  const rule = byId.get(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const owner = fixtureOwner(rule);
  const dir = path.join(RULE_FIXTURES, owner);
  const file = (name: string) => path.join(dir, name);
  return owner === id
    ? {
        name: id,
        base: file("base.yaml"),
        revision: file("revision.yaml"),
        expected: file("expected.txt"),
      }
    : {
        name: `${owner} (reversed)`,
        base: file("revision.yaml"),
        revision: file("base.yaml"),
        expected: file("expected.reversed.txt"),
      };
}

/** Every fixture of a rule: its main one, then its extra one when there is one. */
export function ruleFixtures(rule: Rule): RuleFixture[] {
  const owner = fixtureOwner(rule);
  const extra = path.join(RULE_FIXTURES, owner, `extra-${rule.id}`);
  const fixtures = [mainFixture(rule.id)];
  if (existsSync(extra))
    fixtures.push({
      name: `${owner}/extra-${rule.id}`,
      base: path.join(extra, "base.yaml"),
      revision: path.join(extra, "revision.yaml"),
      expected: path.join(extra, "expected.txt"),
    });
  return fixtures;
}
