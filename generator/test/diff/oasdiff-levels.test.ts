import { describe, expect, it } from "vitest";
import { formatRuleCatalogue } from "../../src/diff/rules/catalogue.js";
import { RULES, type Rule } from "../../src/diff/rules/index.js";
import { OASDIFF_LEVEL_OF } from "../../src/diff/rules/oasdiff-levels.js";
import * as SHARED_REASONS from "../../src/diff/rules/oasdiff-reasons.js";

const ruleById = (id: string): Rule => RULES.find((rule) => rule.id === id)!;

// Every rule has an `oasdiff` field (the Rule type requires it); these tests check what it says.
describe("levels beside oasdiff's", () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s gives a reason exactly when oasdiff reports nothing or another level",
    (_id, rule) => {
      const { rules, reason } = rule.oasdiff;
      const differs =
        rules === "not reported" ||
        rules.some(([, level]) => OASDIFF_LEVEL_OF[level] !== rule.level);
      expect(reason !== undefined, reason ?? "no reason").toBe(differs);
      if (rules !== "not reported") {
        expect(rules.length).toBeGreaterThan(0);
        for (const [oasdiffId] of rules) expect(oasdiffId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    },
  );

  // The compiler does not see an unused export: a shared reason no rule gives would linger unnoticed.
  it("gives each reason of oasdiff-reasons.ts to at least two rules (a reason one rule gives stays in its file)", () => {
    const unshared = Object.entries(SHARED_REASONS)
      .filter(([, reason]) => RULES.filter((rule) => rule.oasdiff.reason === reason).length < 2)
      .map(([name]) => name);
    expect(unshared).toEqual([]);
  });

  it("writes down the two known differences: an optional response property removed, a maximum set on a parameter", () => {
    expect(ruleById("response-property-removed").oasdiff.rules).toContainEqual([
      "response-optional-property-removed",
      "WARN",
    ]);
    expect(ruleById("request-parameter-max-decreased").oasdiff.rules).toContainEqual([
      "request-parameter-max-set",
      "WARN",
    ]);
  });

  it("is printed by paygen diff --rules under each rule", () => {
    const lines = formatRuleCatalogue().split("\n");
    const after = (id: string) =>
      lines[lines.findIndex((line) => line.startsWith(`${id} `)) + 1]!.trim();
    expect(after("response-property-removed")).toMatch(
      /^oasdiff: WARN\/ERR — The generated type loses the property/,
    );
    expect(after("request-parameter-max-decreased")).toMatch(
      /^oasdiff: ERR\/WARN — A bound where there was none/,
    );
    expect(after("operation-removed")).toBe("oasdiff: ERR");
    expect(after("client-method-renamed")).toMatch(/^oasdiff: not reported — /);
  });
});
