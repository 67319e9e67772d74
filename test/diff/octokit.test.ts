import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { diffSpecs } from "../../generator/src/diff/run.js";
import { loadSpec, type LoadedSpec } from "../../generator/src/load/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = path.join(root, "generator/bin/paygen.js");
/** api.github.com as published in @octokit/openapi 21.0.0 and 22.0.0 (pinned devDependency aliases). */
const github = (alias: "octokit-openapi-a" | "octokit-openapi-b") =>
  path.join(root, "node_modules", alias, "generated/api.github.com.json");

async function load(file: string): Promise<LoadedSpec> {
  const { spec, diagnostics } = await loadSpec(file);
  if (!spec) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return spec;
}

interface JsonFinding {
  rule: string;
  level: string;
  operation: string | null;
  message: string;
  count: number;
}

describe("real vendor specs: api.github.com from @octokit/openapi", () => {
  it("diffs 21.0.0 → 22.0.0 within a 1 GB heap, each change once with the operations it reaches", async () => {
    // A separate process with a capped heap: exceeding the bound is a crash, not a slow pass.
    const run = promisify(execFile);
    const args = [
      "--max-old-space-size=1024",
      bin,
      "diff",
      github("octokit-openapi-a"),
      github("octokit-openapi-b"),
      "--format",
      "json",
    ];
    const { stdout } = await run(process.execPath, args, { cwd: root, maxBuffer: 1 << 28 }).catch(
      (error: { code?: number; stdout: string; stderr: string }) => {
        if (error.code !== 1) throw new Error(error.stderr);
        return error;
      },
    );
    const findings = (JSON.parse(stdout) as { packages: Array<{ findings: JsonFinding[] }> })
      .packages[0]!.findings;
    const count = (key: (f: JsonFinding) => string) =>
      Object.fromEntries(
        [...new Set(findings.map(key))]
          .sort()
          .map((k) => [k, findings.filter((f) => key(f) === k).length]),
      );

    // Reviewed by hand: Projects (classic) removed with its 7 schemas, 25 new operations and 38 new
    // schemas, four new installation permissions in a shared schema, the copilot-code-review ruleset
    // parameters, event payloads now a union of the new *-event schemas.
    // This document has no webhooks section, so the 45 changed webhook-* schemas are used by no
    // operation: one info finding each (component-schema-changed-unreachable).
    expect(findings).toHaveLength(186);
    expect(count((f) => f.level)).toEqual({ breaking: 45, info: 137, warning: 4 });
    expect(count((f) => f.rule)).toEqual({
      "component-schema-added": 38,
      "component-schema-changed-unreachable": 45,
      "component-schema-removed": 7,
      "operation-added": 25,
      "operation-removed": 31,
      "request-parameter-added-optional": 1,
      "request-property-added-optional": 10,
      "request-property-became-optional": 2,
      "request-property-enum-value-added": 1,
      "request-property-max-items-increased": 2,
      "request-property-max-length-increased": 2,
      "request-property-removed": 1,
      "request-property-variant-added": 1,
      "response-property-added": 10,
      "response-property-enum-value-added": 1,
      "response-property-format-changed": 1,
      "response-property-max-length-increased": 1,
      "response-property-removed": 5,
      "response-property-type-changed": 1,
      "response-required-property-became-optional": 1,
    });
    const permission = findings.find(
      (f) => f.message === "response 200 property 'permissions.merge_queues' added",
    );
    expect(permission).toMatchObject({
      operation: "GET /app/installations/{installation_id}",
      count: 10,
    });
    expect(findings.filter((f) => f.count > 1)).toHaveLength(26);
  }, 300_000);

  it("finds nothing between the spec and itself, or the same contract under another version number", async () => {
    const spec = await load(github("octokit-openapi-a"));
    expect(diffSpecs(spec, spec)).toEqual([]);
    // Not the same document, so every schema is normalised and compared by structure.
    const document = structuredClone(spec.document) as { info: { version: string } };
    document.info.version = "21.0.1";
    expect(diffSpecs(spec, { ...spec, document })).toEqual([]);
  }, 300_000);
});

describe("the same spec as YAML and as JSON", () => {
  it("gives no finding in either direction", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "paygen-yaml-json-"));
    try {
      const yamlFile = path.join(root, "test/fixtures/pokepay-0.1.19.yaml");
      const jsonFile = path.join(dir, "pokepay-0.1.19.json");
      writeFileSync(jsonFile, JSON.stringify(YAML.parse(readFileSync(yamlFile, "utf8"))));
      const [yaml, json] = await Promise.all([load(yamlFile), load(jsonFile)]);
      expect(diffSpecs(yaml, json)).toEqual([]);
      expect(diffSpecs(json, yaml)).toEqual([]);
      // Positive control: the JSON side does get compared.
      const older = await load(path.join(root, "test/fixtures/pokepay-0.1.15.1.yaml"));
      expect(diffSpecs(older, json).length).toBe(diffSpecs(older, yaml).length);
      expect(diffSpecs(older, json).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
