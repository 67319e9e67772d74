import { describe, expect, it } from "vitest";
import { formatRuleCatalogue } from "../../src/diff/rules/catalogue.js";
import { RULES } from "../../src/diff/rules/index.js";
import { OASDIFF_LEVEL_OF, OASDIFF_LEVELS } from "../../src/diff/rules/oasdiff-levels.js";

describe("levels beside oasdiff's", () => {
  it("has one entry per registered rule and none for rules that do not exist", () => {
    expect(Object.keys(OASDIFF_LEVELS).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s gives a reason exactly when oasdiff reports nothing or another level",
    (id, rule) => {
      const { oasdiff, reason } = OASDIFF_LEVELS[id]!;
      const differs =
        oasdiff === "not reported" ||
        oasdiff.some(([, level]) => OASDIFF_LEVEL_OF[level] !== rule.level);
      expect(reason !== undefined, reason ?? "no reason").toBe(differs);
      if (oasdiff !== "not reported") {
        expect(oasdiff.length).toBeGreaterThan(0);
        for (const [oasdiffId] of oasdiff) expect(oasdiffId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    },
  );

  it("writes down the two known differences: an optional response property removed, a maximum set on a parameter", () => {
    expect(OASDIFF_LEVELS["response-property-removed"]?.oasdiff).toContainEqual([
      "response-optional-property-removed",
      "WARN",
    ]);
    expect(OASDIFF_LEVELS["request-parameter-max-decreased"]?.oasdiff).toContainEqual([
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
