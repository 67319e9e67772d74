import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/diff/model.js";
import { diffSpecs } from "../../src/diff/run.js";
import { RULES } from "../../src/diff/rules/index.js";
import { loadSpec, type LoadedSpec } from "../../src/load/index.js";
import { validateSpec } from "../../src/validate/index.js";
import { findingLine } from "./finding-line.js";
import { fixtureOwner, RULE_FIXTURES as FIXTURES, ruleFixtures } from "./rule-fixture.js";

async function load(file: string): Promise<LoadedSpec> {
  const { spec, diagnostics } = await loadSpec(file);
  if (!spec) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  // House rules hold; a fixture's example may contradict its schema (a diff compares contracts only).
  const errors = validateSpec(spec).filter((d) => d.severity === "error" && d.code !== "PG140");
  expect(
    errors.map((d) => `${path.basename(d.location?.file ?? "")}:${d.location?.line}: ${d.message}`),
  ).toEqual([]);
  return spec;
}

function expectedLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))("rule %s", (_id, rule) => {
  describe.each(ruleFixtures(rule).map((fixture) => [fixture.name, fixture] as const))(
    "on %s",
    (_name, fixture) => {
      it("reports exactly the fixture's change", async () => {
        const [base, revision] = await Promise.all([load(fixture.base), load(fixture.revision)]);
        const lines = diffSpecs(base, revision, [rule]).map(findingLine);
        expect(lines).toEqual(expectedLines(fixture.expected));
        expect(lines.length).toBeGreaterThan(0);
      });

      it("reports nothing when the spec did not change", async () => {
        const base = await load(fixture.base);
        expect(diffSpecs(base, base, [rule])).toEqual([]);
        // A copy that is not the same document, so the rule itself runs on two equal contracts.
        const document = structuredClone(base.document) as { info: Record<string, unknown> };
        document.info["description"] = "Only the description differs.";
        expect(diffSpecs(base, { ...base, document }, [rule])).toEqual([]);
      });
    },
  );

  if (rule.twin) {
    // The twin checks run on the rule's own case, its extra fixture when it has one: a replacement
    // in the owner's pair reversed (anonymous access → basicAuth) rightly fires both twins at one node.
    const fixture = ruleFixtures(rule).at(-1)!;
    it(`is mirrored by ${rule.twin} on the reversed pair`, async () => {
      const twin = RULES.find((r) => r.id === rule.twin);
      expect(twin, `twin ${rule.twin} is not registered`).toBeDefined();
      const [base, revision] = await Promise.all([load(fixture.base), load(fixture.revision)]);
      expect(diffSpecs(revision, base, [twin!]).length).toBeGreaterThan(0);
    });

    // A rule that is its own twin reports both directions by design: there is nothing to contradict.
    if (rule.twin !== rule.id)
      it(`is not contradicted by ${rule.twin} on the same pair`, async () => {
        const twin = RULES.find((r) => r.id === rule.twin)!;
        const [base, revision] = await Promise.all([load(fixture.base), load(fixture.revision)]);
        // The same node, whichever of its keywords the finding points at (a named property is a node itself).
        const node = (finding: Finding): string => {
          const segments = finding.pointer.split("/");
          return `${finding.operation} ${segments.at(-2) === "properties" ? finding.pointer : segments.slice(0, -1).join("/")}`;
        };
        const reported = new Set(diffSpecs(base, revision, [rule]).map(node));
        expect(
          diffSpecs(base, revision, [twin])
            .filter((finding) => reported.has(node(finding)))
            .map(findingLine),
        ).toEqual([]);
      });
  }
});

describe("fixture folders", () => {
  const PAIR_FILES = ["base.yaml", "revision.yaml", "expected.txt"];

  it("each belongs to the registered rule that owns it and holds exactly its fixture files", () => {
    const byId = new Map(RULES.map((rule) => [rule.id, rule]));
    const problems: string[] = [];
    for (const folder of readdirSync(FIXTURES)) {
      const rule = byId.get(folder);
      if (!rule || fixtureOwner(rule) !== folder) {
        problems.push(`${folder}: no rule owns it`);
        continue;
      }
      const twinned = rule.twin !== undefined && rule.twin !== rule.id;
      const extras = [rule.id, ...(twinned ? [rule.twin!] : [])].map((id) => `extra-${id}`);
      const allowed = [...PAIR_FILES, ...(twinned ? ["expected.reversed.txt"] : []), ...extras];
      const entries = readdirSync(path.join(FIXTURES, folder));
      for (const file of [...PAIR_FILES, ...(twinned ? ["expected.reversed.txt"] : [])])
        if (!entries.includes(file)) problems.push(`${folder}/${file} is missing`);
      for (const entry of entries) {
        if (!allowed.includes(entry)) problems.push(`${folder}/${entry} is not a fixture file`);
        else if (entry.startsWith("extra-"))
          for (const file of PAIR_FILES)
            if (!existsSync(path.join(FIXTURES, folder, entry, file)))
              problems.push(`${folder}/${entry}/${file} is missing`);
      }
    }
    expect(problems).toEqual([]);
  });
});
