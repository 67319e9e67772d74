import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/diff/model.js";
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

/** The document with every local `$ref` under `paths` replaced by a copy of its target; a recursive one stays. */
function dereferenced(spec: LoadedSpec): LoadedSpec {
  const document = structuredClone(spec.document) as Record<string, unknown>;
  const target = (ref: string) =>
    ref
      .slice(2)
      .split("/")
      .reduce<any>((node, key) => node[key.replaceAll("~1", "/").replaceAll("~0", "~")], document);
  const inline = (node: unknown, open: ReadonlySet<string>): unknown => {
    if (Array.isArray(node)) return node.map((item) => inline(item, open));
    if (node === null || typeof node !== "object") return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string")
      return open.has(ref) ? node : inline(target(ref), new Set([...open, ref]));
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, inline(value, open)]),
    );
  };
  return { ...spec, document: { ...document, paths: inline(document["paths"], new Set()) } };
}

describe("oneOf/anyOf variants", () => {
  it("are matched by content: $ref'd members and the same members inlined give no finding", async () => {
    for (const name of ["variants.yaml", "referenced.yaml"]) {
      const spec = await load(name);
      expect(diffSpecs(spec, dereferenced(spec)).map(findingLine)).toEqual([]);
      expect(diffSpecs(dereferenced(spec), spec).map(findingLine)).toEqual([]);
    }
  });

  it("report a change inside a $ref'd member against its inlined form as that change, not a replaced variant", async () => {
    const spec = await load("variants.yaml");
    const changed = edited(dereferenced(spec), (d) => {
      d["paths"]["/payments"].post.requestBody.content[
        "application/json"
      ].schema.oneOf[1].properties.store.enum.push("familymart");
    });
    expect(diffSpecs(spec, changed).map((f) => `${f.rule}: ${f.message}`)).toEqual([
      "request-property-enum-value-added: request body property '<oneOf:1>.store' enum value \"familymart\" added",
    ]);
  });

  it("read X → anyOf [X, Y] as one added variant, and the reverse as one removed", async () => {
    const spec = await load("variants.yaml");
    const widened = edited(spec, (d) => {
      d["components"].schemas.Payment.properties.source = {
        anyOf: [{ $ref: "#/components/schemas/Card" }, { $ref: "#/components/schemas/Konbini" }],
      };
    });
    expect(diffSpecs(spec, widened).map((f) => `${f.rule}: ${f.message}`)).toEqual([
      "response-property-variant-added: response 200 property 'source' anyOf variant 'Konbini' added",
    ]);
    expect(diffSpecs(widened, spec).map((f) => `${f.rule}: ${f.message}`)).toEqual([
      "response-property-variant-removed: response 200 property 'source' anyOf variant 'Konbini' removed",
    ]);
  });
});

describe("normalisation before comparing", () => {
  it("finds no request or response change between a spec built from $ref components and the same contract inlined (3.0 vs 3.1)", async () => {
    const [referenced, inlined] = await Promise.all([
      load("referenced.yaml"),
      load("inlined.yaml"),
    ]);
    const wire = (findings: Finding[]) =>
      findings.filter((f) => f.direction !== "package").map(findingLine);
    expect(wire(diffSpecs(referenced, inlined))).toEqual([]);
    expect(wire(diffSpecs(inlined, referenced))).toEqual([]);
    // What does change is the package's named types: components used inline now are no longer exported.
    const inlinedNames = diffSpecs(referenced, inlined)
      .filter((f) => f.rule === "component-schema-inlined")
      .map((f) => /'(\w+)'/.exec(f.message)![1]);
    expect(inlinedNames).toEqual(["Amount", "ChargeId", "Currency", "Refund"]);
  });

  it("still sees a real change through the references (positive control)", async () => {
    const [referenced, inlined] = await Promise.all([
      load("referenced.yaml"),
      load("inlined.yaml"),
    ]);
    const narrowed = edited(inlined, (d) => {
      d["components"].schemas.Charge.properties.currency.enum = ["jpy", "thb"];
    });
    const rules = diffSpecs(referenced, narrowed).flatMap((f) =>
      f.occurrences.map(
        (o) =>
          `${f.rule} ${o.operation}: ${o.where}${f.message.slice(f.occurrences[0]!.where.length)}`,
      ),
    );
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((line) => line.includes("'currency'") || line.includes("currency"))).toBe(
      true,
    );
    expect(rules).toContain(
      "response-property-enum-value-removed GET /charges/{id}: response 200 property 'currency' enum value \"usd\" removed",
    );
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
    expect(
      findings.filter((f) => f.rule === "operation-added" || f.rule === "operation-removed"),
    ).toEqual([]);
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
