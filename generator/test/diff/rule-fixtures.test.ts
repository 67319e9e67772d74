import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/diff/model.js";
import { diffSpecs } from "../../src/diff/run.js";
import { RULES } from "../../src/diff/rules/index.js";
import { loadSpec, type LoadedSpec } from "../../src/load/index.js";
import { validateSpec } from "../../src/validate/index.js";
import { findingLine } from "./finding-line.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "rules");

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

function expectedLines(dir: string): string[] {
  return readFileSync(path.join(dir, "expected.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))("rule %s", (id, rule) => {
  const dir = path.join(FIXTURES, id);

  it("reports exactly the fixture's change", async () => {
    const [base, revision] = await Promise.all([
      load(path.join(dir, "base.yaml")),
      load(path.join(dir, "revision.yaml")),
    ]);
    const lines = diffSpecs(base, revision, [rule]).map(findingLine);
    expect(lines).toEqual(expectedLines(dir));
    expect(lines.length).toBeGreaterThan(0);
  });

  it("reports nothing when the spec did not change", async () => {
    const base = await load(path.join(dir, "base.yaml"));
    expect(diffSpecs(base, base, [rule])).toEqual([]);
    // A copy that is not the same document, so the rule itself runs on two equal contracts.
    const document = structuredClone(base.document) as { info: Record<string, unknown> };
    document.info["description"] = "Only the description differs.";
    expect(diffSpecs(base, { ...base, document }, [rule])).toEqual([]);
  });

  if (rule.twin) {
    it(`is mirrored by ${rule.twin} on the reversed pair`, async () => {
      const twin = RULES.find((r) => r.id === rule.twin);
      expect(twin, `twin ${rule.twin} is not registered`).toBeDefined();
      const [base, revision] = await Promise.all([
        load(path.join(dir, "base.yaml")),
        load(path.join(dir, "revision.yaml")),
      ]);
      expect(diffSpecs(revision, base, [twin!]).length).toBeGreaterThan(0);
    });

    // A rule that is its own twin reports both directions by design: there is nothing to contradict.
    if (rule.twin !== rule.id)
      it(`is not contradicted by ${rule.twin} on the same pair`, async () => {
        const twin = RULES.find((r) => r.id === rule.twin)!;
        const [base, revision] = await Promise.all([
          load(path.join(dir, "base.yaml")),
          load(path.join(dir, "revision.yaml")),
        ]);
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
  it("each belongs to a registered rule and holds base.yaml, revision.yaml and expected.txt", () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const folder of readdirSync(FIXTURES)) {
      expect(ids.has(folder), `${folder} has no rule`).toBe(true);
      for (const file of ["base.yaml", "revision.yaml", "expected.txt"]) {
        expect(existsSync(path.join(FIXTURES, folder, file)), `${folder}/${file}`).toBe(true);
      }
    }
  });
});
