import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../src/diff/run.js";
import { bodyRule, parameterRule } from "../../src/diff/rules/builders/index.js";
import type { Rule } from "../../src/diff/rules/rule.js";
import { loadSpec, type LoadedSpec } from "../../src/load/index.js";
import { mainFixture } from "./rule-fixture.js";

async function pair(rule: string): Promise<[LoadedSpec, LoadedSpec]> {
  const fixture = mainFixture(rule);
  const load = async (file: string) => (await loadSpec(file)).spec!;
  return [await load(fixture.base), await load(fixture.revision)];
}

const definition = {
  level: "breaking" as const,
  description: "A test rule whose detection lowers its own level.",
  waiver: "test only",
  oasdiff: { rules: "not reported" as const, reason: "test only" },
};

/** Every rule factory builds its findings with one builder: a detection's level wins over the rule's. */
describe("the finding builder", () => {
  it.each<[string, string, Rule]>([
    [
      "request body rules",
      "request-body-became-required",
      bodyRule({
        ...definition,
        id: "test-body",
        detect: () => ({ detail: "changed", level: "info" }),
      }),
    ],
    [
      "parameter rules",
      "request-parameter-became-required",
      parameterRule({
        ...definition,
        id: "test-parameter",
        detect: (parameter) =>
          parameter.base && parameter.revision ? { detail: "changed", level: "info" } : undefined,
      }),
    ],
  ])("keeps the detection's level in %s", async (_, fixture, rule) => {
    const [base, revision] = await pair(fixture);
    const findings = diffSpecs(base, revision, [rule]);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((finding) => finding.level)).toEqual(findings.map(() => "info"));
  });
});
