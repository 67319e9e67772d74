import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { editShopSpec, SHOP_SPEC } from "../support/shop-spec.js";
import { TempRepo } from "../support/temp-repo.js";

/** Item loses `price` (line 38): a breaking response change. */
const WITHOUT_PRICE = editShopSpec({ remove: 38 });
/** A second operation: an addition only. */
const WITH_LIST = editShopSpec({
  insertAfter: 9,
  lines: [
    "  /items:",
    "    get:",
    "      operationId: listItems",
    "      x-paygen-resource: items",
    "      x-paygen-method: list",
    "      responses:",
    '        "200":',
    "          description: Items.",
  ],
});

function git(root: string, ...args: string[]): void {
  execFileSync(
    "git",
    [
      "-C",
      root,
      "-c",
      "user.email=test@example.test",
      "-c",
      "user.name=test",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { stdio: "ignore" },
  );
}

describe("paygen diff", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    r.setSpec("shop", { "openapi.yaml": SHOP_SPEC });
    r.write("old.yaml", SHOP_SPEC);
    r.write("no-price.yaml", WITHOUT_PRICE);
    r.write("with-list.yaml", WITH_LIST);
    return r;
  };

  it("reports a breaking change in text, exits 1, and suggests a major release", async () => {
    const result = await repo().paygen("diff", "old.yaml", "no-price.yaml");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "@paygen/no-price  old.yaml → no-price.yaml",
        "  1 breaking, 0 warnings, 0 info; 1 change the generated types; suggested release: major",
        "  breaking  GET /items/{id}: response 200 property 'price' removed  [response-property-removed]",
        "            at old.yaml:38:9 · response · TS types change",
      ].join("\n"),
    );
  });

  it("exits 0 for additions unless --fail-on says otherwise", async () => {
    const r = repo();
    const lenient = await r.paygen("diff", "old.yaml", "with-list.yaml");
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain("info      GET /items: operation added  [operation-added]");
    expect(lenient.stdout).toContain("suggested release: minor");
    expect((await r.paygen("diff", "old.yaml", "with-list.yaml", "--fail-on", "info")).code).toBe(
      1,
    );
    expect((await r.paygen("diff", "old.yaml", "no-price.yaml", "--fail-on", "warning")).code).toBe(
      1,
    );
  });

  it("reports nothing for the same spec given as a provider name and as a file", async () => {
    const result = await repo().paygen("diff", "shop", "old.yaml");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("@paygen/shop  specs/shop/openapi.yaml → old.yaml");
    expect(result.stdout).toContain("0 breaking, 0 warnings, 0 info");
  });

  it("writes JSON with relative locations and the suggested bump", async () => {
    const result = await repo().paygen("diff", "old.yaml", "no-price.yaml", "--format", "json");
    const report = JSON.parse(result.stdout) as { packages: Array<Record<string, unknown>> };
    expect(report.packages).toEqual([
      {
        provider: "no-price",
        package: "@paygen/no-price",
        status: "changed",
        base: "old.yaml",
        revision: "no-price.yaml",
        currentVersion: null,
        bump: "major",
        nextVersion: null,
        findings: [
          {
            rule: "response-property-removed",
            level: "breaking",
            direction: "response",
            operation: "GET /items/{id}",
            message: "response 200 property 'price' removed",
            side: "base",
            location: { file: "old.yaml", line: 38, column: 9 },
            pointer: "/components/schemas/Item/properties/price",
            typesChange: true,
            count: 1,
            occurrences: [{ operation: "GET /items/{id}", where: "response 200 property 'price'" }],
          },
        ],
      },
    ]);
  });

  it("writes GitHub annotations with escaped properties", async () => {
    const result = await repo().paygen("diff", "old.yaml", "no-price.yaml", "--format", "github");
    expect(result.stdout.split("\n")).toEqual([
      "::error file=old.yaml,line=38,col=9,title=@paygen/no-price%3A response-property-removed::GET /items/{id}: response 200 property 'price' removed",
      "@paygen/no-price: 1 breaking, 0 warnings, 0 info; suggested release: major",
    ]);
  });

  it("writes markdown with a findings table and a changelog entry", async () => {
    const result = await repo().paygen("diff", "old.yaml", "no-price.yaml", "--format", "markdown");
    expect(result.stdout).toContain(
      "| breaking | `GET /items/{id}` | response 200 property 'price' removed | change | `response-property-removed` | `old.yaml:38:9` |",
    );
    expect(result.stdout).toContain(
      "#### Breaking changes\n\n- `GET /items/{id}`: response 200 property 'price' removed",
    );
  });

  it("compares with a git revision without touching the working tree", async () => {
    const r = repo();
    git(r.root, "init", "-q");
    git(r.root, "add", "specs");
    git(r.root, "commit", "-q", "-m", "base");
    r.setSpec("shop", { "openapi.yaml": WITHOUT_PRICE });
    const before = r.hashTree("specs");
    const result = await r.paygen("diff", "--base", "HEAD");
    expect(result.stdout).toContain(
      "@paygen/shop  HEAD:specs/shop/openapi.yaml → specs/shop/openapi.yaml",
    );
    expect(result.stdout).toContain("at specs/shop/openapi.yaml:38:9 (at HEAD)");
    expect(result.code).toBe(1);
    expect(r.hashTree("specs")).toBe(before);

    git(r.root, "commit", "-q", "-am", "revision");
    const between = await r.paygen("diff", "HEAD~1", "HEAD", "--format", "json");
    expect(
      JSON.parse(between.stdout).packages[0].findings.map((f: { rule: string }) => f.rule),
    ).toEqual(["response-property-removed"]);
    const oneFile = await r.paygen("diff", "HEAD~1:specs/shop/openapi.yaml", "shop");
    expect(oneFile.stdout).toContain("response 200 property 'price' removed");
  });

  it("stops at a broken spec with file:line:col and no stack trace", async () => {
    const r = repo();
    r.write("broken.yaml", editShopSpec({ replace: 12, with: "      operationId: [getItem" }));
    const result = await r.paygen("diff", "old.yaml", "broken.yaml");
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^broken\.yaml:\d+:\d+: error PG101/m);
    expect(result.stderr).toContain("nothing compared");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it.each([
    [["diff", "old.yaml"], "expected <old> <new>"],
    [["diff", "old.yaml", "no-price.yaml", "--format", "xml"], 'unknown --format "xml"'],
    [["diff", "old.yaml", "no-price.yaml", "--fail-on", "fatal"], 'unknown --fail-on "fatal"'],
    [
      ["diff", "old.yaml", "nosuch"],
      '"nosuch" is not a spec file, a provider, or <revision>:<file> (providers: shop)',
    ],
    [["diff", "--base", "nosuch-revision"], '"nosuch-revision" is not a git revision'],
  ])("paygen %j is a usage error (exit 2)", async (argv, message) => {
    const result = await repo().paygen(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
