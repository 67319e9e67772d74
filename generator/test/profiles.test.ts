import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { deriveMissingOperationIds, deriveOperationId } from "../src/ir/operation-ids.js";
import { editShopSpec, SHOP_SPEC } from "./support/shop-spec.js";
import { TempRepo } from "./support/temp-repo.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const POKEPAY_NO_IDS = path.join(root, "test/fixtures/pokepay-no-operation-ids.yaml");

/** The shop spec without `operationId: getItem` (line 12). */
const WITHOUT_OPERATION_ID = editShopSpec({ remove: 12 });
/** Only a 400 response. */
const WITHOUT_SUCCESS = editShopSpec({ replace: 21, with: '        "400":' });
/** `[\w-.]` is a SyntaxError under the `u` flag and a valid ECMA-262 class without it. */
const NON_UNICODE_PATTERN = editShopSpec({
  replace: 37,
  with: '        id: { type: string, pattern: "^[\\\\w-.]+$", example: "a-b.c" }',
});

describe("validation profiles", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (files: Record<string, string> = {}): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    r.setSpec("shop", { "openapi.yaml": SHOP_SPEC });
    for (const [name, text] of Object.entries(files)) r.write(name, text);
    return r;
  };

  it("a spec file without operationIds validates cleanly; --strict holds it to the house rule", async () => {
    const r = repo({ "vendor.yaml": WITHOUT_OPERATION_ID });
    const loose = await r.paygen("validate", "vendor.yaml");
    expect(loose.code, loose.stderr).toBe(0);
    expect(loose.stdout).toContain("vendor.yaml 0 errors, 0 warnings");
    const strict = await r.paygen("validate", "--strict", "vendor.yaml");
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /^vendor\.yaml:11:5: error PG130: GET \/items\/\{id\} has no operationId$/m,
    );
  });

  it("the same spec under specs/<provider>/ keeps the house rule, named as a provider or as a file", async () => {
    const r = repo();
    r.setSpec("shop", { "openapi.yaml": WITHOUT_OPERATION_ID });
    for (const target of ["shop", "specs/shop/openapi.yaml"]) {
      const result = await r.paygen("validate", target);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^specs\/shop\/openapi\.yaml:11:5: error PG130: /m);
    }
  });

  it("no success response is a warning for a spec file, an error with --strict", async () => {
    const r = repo({ "vendor.yaml": WITHOUT_SUCCESS });
    const loose = await r.paygen("validate", "vendor.yaml");
    expect(loose.code, loose.stderr).toBe(0);
    expect(loose.stderr).toMatch(
      /^vendor\.yaml:20:7: warning PG132: GET \/items\/\{id\} declares no success/m,
    );
    expect((await r.paygen("validate", "--strict", "vendor.yaml")).stderr).toMatch(
      /^vendor\.yaml:20:7: error PG132: /m,
    );
  });

  it("`nullable` without `type` in a 3.1 spec file is a warning (its examples cannot be checked), an error in specs/", async () => {
    const nullable = editShopSpec({
      replace: 38,
      with: "        price: { nullable: true, example: 3 }",
    });
    const r = repo({ "vendor.yaml": nullable });
    const loose = await r.paygen("validate", "vendor.yaml");
    expect(loose.code, loose.stderr).toBe(0);
    expect(loose.stderr).toMatch(/^vendor\.yaml:38:\d+: warning PG141: /m);
    r.setSpec("shop", { "openapi.yaml": nullable });
    expect((await r.paygen("validate", "shop")).stderr).toMatch(
      /^specs\/shop\/openapi\.yaml:38:\d+: error PG141: /m,
    );
  });

  it("generate --spec derives names for operations without operationIds; --strict refuses them", async () => {
    const r = repo({ "vendor.yaml": WITHOUT_OPERATION_ID });
    const result = await r.paygen("generate", "--spec", "vendor.yaml", "--out", "out/vendor");
    expect(result.code, result.stderr).toBe(0);
    const client = r.read("out/vendor/src/generated/client.ts");
    expect(client).toContain('id: "getItemsById"');
    expect(client).toContain("export function getItemsById(");
    expect(r.read("out/vendor/src/generated/schema.ts")).toMatch(
      /^ {4}get: operations\["getItemsById"\];$/m,
    );
    const strict = await r.paygen(
      "generate",
      "--strict",
      "--spec",
      "vendor.yaml",
      "--out",
      "out/strict",
    );
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("error PG130");
  });
});

describe("patterns and input versions", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    return r;
  };

  it("a pattern valid only without the `u` flag is valid, in specs/ too, and its example is checked", async () => {
    const r = repo();
    r.setSpec("shop", { "openapi.yaml": NON_UNICODE_PATTERN });
    const clean = await r.paygen("validate", "shop");
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toBe("");
    r.setSpec("shop", {
      "openapi.yaml": NON_UNICODE_PATTERN.replace('example: "a-b.c"', 'example: "a b"'),
    });
    const wrongExample = await r.paygen("validate", "shop");
    expect(wrongExample.stderr).toMatch(
      /^specs\/shop\/openapi\.yaml:37:\d+: error PG140: example does not match its schema: .*pattern/m,
    );
  });

  it("a pattern invalid with and without `u` is one PG123 per written location, however often it is reached", async () => {
    const r = repo();
    const secondOperation = [
      "  /others/{id}:",
      "    get:",
      "      operationId: getOther",
      "      parameters:",
      "        - $ref: ./id-param.yaml",
      "      responses:",
      '        "200": { description: Other. }',
    ];
    r.setSpec("shop", {
      // An external parameter is inlined wherever it is referenced: two pointers, one place in id-param.yaml.
      "openapi.yaml": editShopSpec(
        { replace: 16, with: "        - $ref: ./id-param.yaml" },
        { remove: 17, count: 3 },
        { insertAfter: 25, lines: secondOperation },
      ),
      "id-param.yaml":
        'name: id\nin: path\nrequired: true\nschema: { type: string, pattern: "([a-z" }\n',
    });
    const result = await r.paygen("validate", "shop");
    expect(result.code).toBe(1);
    const reports = result.stderr.split("\n").filter((line) => line.includes("PG123"));
    expect(reports).toEqual([
      "specs/shop/id-param.yaml:4:34: error PG123: `pattern` is not a valid ECMA-262 regular expression (with or without the `u` flag)",
    ]);
  });

  it("Swagger 2.0 input is refused with advice to convert it", async () => {
    const r = repo();
    r.write("swagger.yaml", 'swagger: "2.0"\ninfo: { title: Old, version: "1" }\npaths: {}\n');
    const result = await r.paygen("validate", "swagger.yaml");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^swagger\.yaml:1:10: error PG195: Swagger 2\.0 is not supported; convert it to OpenAPI 3 first \(e\.g\. with swagger2openapi\)$/m,
    );
    expect(result.stderr).toContain("help: Convert it to OpenAPI 3 first");
  });
});

describe("derived operationIds", () => {
  it.each([
    ["get", "/users/{id}/cards", "getUsersByIdCards"],
    ["post", "/credit-sessions/{session_id}/capture", "postCreditSessionsBySessionIdCapture"],
    ["delete", "/v1/customers/{customer}", "deleteV1CustomersByCustomer"],
    ["get", "/", "getRoot"],
    ["put", "/files/{path}.json", "putFilesPathJson"],
  ])("%s %s → %s", (method, template, expected) => {
    expect(deriveOperationId(method, template)).toBe(expected);
  });

  it("never collides with a written or an earlier derived id, and numbers in document order", () => {
    const document = {
      paths: {
        "/items": { get: { operationId: "getItems2" }, post: {} },
        "/items/": { get: {} },
        "/Items": { get: {} },
        "/items/{id}": { get: { operationId: "getItems" } },
      },
    };
    const derived = [...deriveMissingOperationIds(document).values()];
    expect(derived).toEqual(["postItems", "getItems3", "getItems4"]);
  });
});

describe("Pokepay's spec without operationIds (as Pokepay publishes partner.yaml)", () => {
  it("is the current output of scripts/strip-operation-ids.mjs", async () => {
    const { stripOperationIds } = (await import(
      path.join(root, "scripts/strip-operation-ids.mjs")
    )) as { stripOperationIds(text: string): string };
    const spec = readFileSync(path.join(root, "specs/pokepay/partner.yaml"), "utf8");
    expect(readFileSync(POKEPAY_NO_IDS, "utf8")).toBe(stripOperationIds(spec));
    expect(readFileSync(POKEPAY_NO_IDS, "utf8")).not.toMatch(/^\s*operationId:/m);
  });

  it("validates with no error and no warning, and generates a client whose every operation has a type", async () => {
    const r = new TempRepo();
    try {
      const validated = await r.paygen("validate", POKEPAY_NO_IDS);
      expect(validated.code, validated.stderr).toBe(0);
      expect(validated.stdout).toMatch(/ 0 errors, 0 warnings$/);
      const generated = await r.paygen(
        "generate",
        "--spec",
        POKEPAY_NO_IDS,
        "--out",
        "out/pokepay",
      );
      expect(generated.code, generated.stderr).toBe(0);
      expect(generated.stdout).toMatch(/ 97 operations /);
      const client = r.read("out/pokepay/src/generated/client.ts");
      const schema = r.read("out/pokepay/src/generated/schema.ts");
      const ids = [...new Set([...client.matchAll(/^ {2}id: "(\w+)",$/gm)].map((m) => m[1]!))];
      expect(ids).toHaveLength(97);
      for (const id of ids) expect(schema).toContain(`operations["${id}"]`);
      expect(ids).toContain("getBillsByBillId");
    } finally {
      r.dispose();
    }
  }, 60_000);
});
