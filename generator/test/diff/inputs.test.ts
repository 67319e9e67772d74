import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { editShopSpec, SHOP_SPEC } from "../support/shop-spec.js";
import { TempRepo } from "../support/temp-repo.js";

const POKEPAY_NO_IDS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../test/fixtures/pokepay-no-operation-ids.yaml",
);

/** `[\w-.]` compiles only without the `u` flag: valid ECMA-262, as JSON Schema means patterns. */
const NON_UNICODE_PATTERN = editShopSpec({
  replace: 37,
  with: '        id: { type: string, pattern: "^[\\\\w-.]+$" }',
});
/** A house-rule problem (no success response) and a missing operationId, in a third-party file. */
const VENDOR = editShopSpec({ remove: 12 }, { replace: 21, with: '        "400":' });

describe("paygen diff on raw vendor files", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    r.setSpec("shop", { "openapi.yaml": SHOP_SPEC });
    return r;
  };

  it("Pokepay's spec without operationIds diffs against itself: 0 findings, no spec problem, exit 0", async () => {
    const result = await repo().paygen(
      "diff",
      POKEPAY_NO_IDS,
      POKEPAY_NO_IDS,
      "--fail-on",
      "info",
      "--format",
      "json",
    );
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      packages: Array<{ findings: unknown[]; status: string }>;
      specProblems: unknown[];
    };
    expect(report.packages.map((p) => [p.status, p.findings.length])).toEqual([["unchanged", 0]]);
    expect(report.specProblems).toEqual([]);
  }, 60_000);

  it("a pattern valid only without `u` is no problem, and a change beside it is still found", async () => {
    const r = repo();
    r.write("old.yaml", NON_UNICODE_PATTERN);
    r.write("new.yaml", NON_UNICODE_PATTERN.replace("        price: { type: integer }\n", ""));
    const result = await r.paygen("diff", "old.yaml", "new.yaml");
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain("Spec problems");
    expect(result.stdout).toContain("response 200 property 'price' removed");
  });

  it("lists each side's validation problems once as located warnings, compares anyway, and --strict stops with exit 3", async () => {
    const r = repo();
    r.write("vendor.yaml", VENDOR);
    const listed = await r.paygen("diff", "vendor.yaml", "vendor.yaml");
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout.split("\n").filter((line) => line.includes("PG132"))).toEqual([
      "  vendor.yaml:19:7: warning PG132: GET /items/{id} declares no success (2xx/3xx) response",
    ]);
    expect(listed.stdout).not.toContain("PG130");
    expect(listed.stdout).toContain("0 breaking, 0 warnings, 0 info");

    const json = JSON.parse(
      (await r.paygen("diff", "vendor.yaml", "vendor.yaml", "--format", "json")).stdout,
    ) as { specProblems: unknown[] };
    expect(json.specProblems).toEqual([
      {
        spec: "vendor.yaml",
        code: "PG132",
        severity: "warning",
        message: "GET /items/{id} declares no success (2xx/3xx) response",
        location: { file: "vendor.yaml", line: 19, column: 7 },
      },
    ]);
    const github = await r.paygen("diff", "vendor.yaml", "vendor.yaml", "--format", "github");
    expect(github.stdout).toContain(
      "::warning file=vendor.yaml,line=19,col=7,title=paygen diff%3A spec problem PG132::GET /items/{id} declares no success (2xx/3xx) response",
    );

    const strict = await r.paygen("diff", "--strict", "vendor.yaml", "vendor.yaml");
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/^vendor\.yaml:11:5: error PG130: /m);
    expect(strict.stderr).toContain("nothing compared");
    expect(strict.stdout).toBe("");
  });

  it("an OpenAPI error (not only a house rule) is listed too: the comparison goes on", async () => {
    const r = repo();
    r.write("old.yaml", SHOP_SPEC);
    r.write("new.yaml", editShopSpec({ replace: 35, with: "      required: true" }));
    const result = await r.paygen("diff", "old.yaml", "new.yaml", "--fail-on", "info");
    expect(result.stdout).toMatch(/^ {2}new\.yaml:35:17: warning PG121: /m);
    expect(result.stdout).toMatch(/@paygen\/\S+ +old\.yaml → new\.yaml/);
    expect(result.code).not.toBe(3);
  });

  it.each([
    [
      "a missing file",
      "missing.yaml",
      undefined,
      /^missing\.yaml:1:1: error PG100: cannot read this file: no such file or folder \(ENOENT\)$/m,
    ],
    [
      "a YAML syntax error",
      "broken.yaml",
      "openapi: 3.1.0\ninfo: [unclosed\n",
      /^broken\.yaml:\d+:\d+: error PG101: /m,
    ],
  ])("%s on either side exits 3 without comparing", async (_name, file, contents, diagnostic) => {
    const r = repo();
    r.write("old.yaml", SHOP_SPEC);
    if (contents !== undefined) r.write(file, contents);
    for (const argv of [
      ["old.yaml", file],
      [file, "old.yaml"],
    ]) {
      const result = await r.paygen("diff", ...argv);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(diagnostic);
      expect(result.stderr).toContain("an input could not be read or parsed; nothing compared");
      expect(result.stdout).toBe("");
    }
  });

  it("documents the exit codes in --help", async () => {
    const result = await repo().paygen("diff", "--help");
    expect(result.stdout).toContain("3 an input could not be read or parsed");
    expect(result.stdout).toContain("--strict");
  });
});
