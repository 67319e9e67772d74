import { describe, expect, it } from "vitest";
import { LEVELS } from "../../src/diff/model.js";
import { RULES } from "../../src/diff/rules/index.js";

describe("rule registry", () => {
  it("has at least 60 rules with unique kebab-case ids", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s has a level, direction and description",
    (_id, rule) => {
      expect(LEVELS).toContain(rule.level);
      expect(["request", "response", "package"]).toContain(rule.direction);
      expect(rule.description.length).toBeGreaterThan(20);
    },
  );

  it("pairs every rule with a registered twin that points back, or a written waiver", () => {
    const byId = new Map(RULES.map((rule) => [rule.id, rule]));
    const problems: string[] = [];
    for (const rule of RULES) {
      if (rule.twin && rule.waiver) problems.push(`${rule.id}: twin and waiver both set`);
      if (!rule.twin && !rule.waiver) problems.push(`${rule.id}: neither twin nor waiver`);
      if (rule.twin && byId.get(rule.twin)?.twin !== rule.id)
        problems.push(`${rule.id}: twin ${rule.twin} does not point back`);
    }
    expect(problems).toEqual([]);
  });
});
