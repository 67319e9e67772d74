import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../src/diff/run.js";
import { loadSpec, type LoadedSpec } from "../../src/load/index.js";
import { findingLine } from "./finding-line.js";

const here = path.dirname(fileURLToPath(import.meta.url));

async function load(name: string): Promise<LoadedSpec> {
  const { spec, diagnostics } = await loadSpec(path.join(here, "normalization", name));
  if (!spec) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return spec;
}

function edited(spec: LoadedSpec, edit: (document: Record<string, any>) => void): LoadedSpec {
  const document = structuredClone(spec.document) as Record<string, any>;
  edit(document);
  return { ...spec, document };
}

describe("normalisation before comparing", () => {
  it("finds nothing between a spec built from $ref components and the same contract inlined (3.0 vs 3.1)", async () => {
    const [referenced, inlined] = await Promise.all([load("referenced.yaml"), load("inlined.yaml")]);
    expect(diffSpecs(referenced, inlined).map(findingLine)).toEqual([]);
    expect(diffSpecs(inlined, referenced).map(findingLine)).toEqual([]);
  });

  it("still sees a real change through the references (positive control)", async () => {
    const [referenced, inlined] = await Promise.all([load("referenced.yaml"), load("inlined.yaml")]);
    const narrowed = edited(inlined, (d) => {
      d["components"].schemas.Charge.properties.currency.enum = ["jpy", "thb"];
    });
    const rules = diffSpecs(referenced, narrowed).flatMap((f) => f.occurrences.map((o) => `${f.rule} ${o.operation}: ${o.where}${f.message.slice(f.occurrences[0]!.where.length)}`));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((line) => line.includes("'currency'") || line.includes("currency"))).toBe(true);
    expect(rules).toContain("response-property-enum-value-removed GET /charges/{id}: response 200 property 'currency' enum value \"usd\" removed");
  });

  it("matches operations across a path parameter rename instead of reporting removal and addition", async () => {
    const inlined = await load("inlined.yaml");
    const renamed = edited(inlined, (d) => {
      const item = d["paths"]["/charges/{id}"];
      item.get.parameters[0].name = "charge_id";
      d["paths"]["/charges/{charge_id}"] = item;
      delete d["paths"]["/charges/{id}"];
    });
    const findings = diffSpecs(inlined, renamed);
    expect(findings.map((f) => f.rule)).toEqual(["request-path-parameter-renamed"]);
    expect(findings.filter((f) => f.rule === "operation-added" || f.rule === "operation-removed")).toEqual([]);
  });

  it("matches an operation moved to a new path by its operationId", async () => {
    const referenced = await load("referenced.yaml");
    const moved = edited(referenced, (d) => {
      d["paths"]["/v2/charges/{id}"] = d["paths"]["/charges/{id}"];
      delete d["paths"]["/charges/{id}"];
    });
    const rules = diffSpecs(referenced, moved).map((f) => f.rule);
    expect(rules).not.toContain("operation-added");
    expect(rules).not.toContain("operation-removed");
    expect(rules).toContain("operation-path-renamed");
  });
});
