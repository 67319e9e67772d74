import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
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

  it("registers every rule file: rules/<area>/<rule-id>.ts is in RULES under that id", () => {
    const rulesDir = fileURLToPath(new URL("../../src/diff/rules/", import.meta.url));
    const areas = readdirSync(rulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "builders")
      .map((entry) => entry.name);
    const files = areas.flatMap((area) =>
      readdirSync(path.join(rulesDir, area))
        .filter(
          (name) => /^[a-z0-9-]+\.ts$/.test(name) && name !== "index.ts" && name !== "shared.ts",
        )
        .map((name) => name.replace(/\.ts$/, "")),
    );
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files.filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !files.includes(id))).toEqual([]);
  });
});
