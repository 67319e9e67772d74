import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiagnosticCode } from "../src/diagnostics/index.js";
import { editShopSpec, SHOP_SPEC } from "./support/shop-spec.js";
import { TempRepo } from "./support/temp-repo.js";

interface BadCase {
  name: string;
  files: Record<string, string | Uint8Array>;
  code: DiagnosticCode;
  /** `file:line:col` relative to specs/shop/. */
  at: string;
}

const DUPLICATE_PATH = [
  "  /items:",
  "    get:",
  "      operationId: getItem",
  "      responses:",
  '        "200": { description: Items. }',
];

const CASES: BadCase[] = [
  { name: "YAML syntax error", files: { "openapi.yaml": editShopSpec({ replace: 19, with: "          schema: { type: string" }) }, code: "PG101", at: "openapi.yaml:20:7" },
  { name: "tab indentation", files: { "openapi.yaml": editShopSpec({ replace: 3, with: "\ttitle: Shop" }) }, code: "PG102", at: "openapi.yaml:3:1" },
  { name: "dangling $ref", files: { "openapi.yaml": editShopSpec({ replace: 25, with: '              schema: { $ref: "#/components/schemas/Nope" }' }) }, code: "PG110", at: "openapi.yaml:25:31" },
  { name: "$ref to the whole document (found by the fuzzer)", files: { "openapi.yaml": editShopSpec({ replace: 25, with: '              schema: { $ref: "#" }' }) }, code: "PG112", at: "openapi.yaml:25:31" },
  { name: "$ref to a missing file", files: { "openapi.yaml": editShopSpec({ replace: 25, with: "              schema: { $ref: ./missing.yaml }" }) }, code: "PG111", at: "openapi.yaml:25:31" },
  { name: "duplicate operationId", files: { "openapi.yaml": editShopSpec({ insertAfter: 25, lines: DUPLICATE_PATH }) }, code: "PG131", at: "openapi.yaml:28:20" },
  { name: "example violating its schema", files: { "openapi.yaml": editShopSpec({ insertAfter: 38, lines: ["      example: { id: 1 }"] }) }, code: "PG140", at: "openapi.yaml:39:16" },
  { name: "missing responses", files: { "openapi.yaml": editShopSpec({ remove: 20, count: 6 }) }, code: "PG132", at: "openapi.yaml:11:5" },
  { name: "unknown security scheme", files: { "openapi.yaml": editShopSpec({ replace: 8, with: "  - nokey: []" }) }, code: "PG133", at: "openapi.yaml:8:5" },
  { name: "wrong type for a keyword", files: { "openapi.yaml": editShopSpec({ replace: 35, with: "      required: true" }) }, code: "PG121", at: "openapi.yaml:35:17" },
  { name: "empty file", files: { "openapi.yaml": "\n\n" }, code: "PG103", at: "openapi.yaml:1:1" },
  { name: "binary junk", files: { "openapi.yaml": new Uint8Array([0x6f, 0x70, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x0d]) }, code: "PG104", at: "openapi.yaml:1:1" },
  { name: "invalid UTF-8", files: { "openapi.yaml": new Uint8Array([0x6f, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }, code: "PG104", at: "openapi.yaml:1:1" },
  { name: "root is a list", files: { "openapi.yaml": "- openapi: 3.1.0\n- info: {}\n" }, code: "PG105", at: "openapi.yaml:1:1" },
  { name: "duplicate key", files: { "openapi.yaml": editShopSpec({ insertAfter: 3, lines: ["  title: Again"] }) }, code: "PG106", at: "openapi.yaml:4:3" },
  { name: "missing openapi field", files: { "openapi.yaml": `# a spec without its version\n${editShopSpec({ remove: 1 })}` }, code: "PG120", at: "openapi.yaml:2:1" },
  { name: "Swagger 2.0 version", files: { "openapi.yaml": editShopSpec({ replace: 1, with: "openapi: 2.0.0" }) }, code: "PG120", at: "openapi.yaml:1:10" },
  { name: "Swagger 2.0 document", files: { "openapi.yaml": 'swagger: "2.0"\ninfo: { title: Shop, version: "1" }\npaths: {}\n' }, code: "PG195", at: "openapi.yaml:1:10" },
  { name: "missing operationId", files: { "openapi.yaml": editShopSpec({ remove: 12 }) }, code: "PG130", at: "openapi.yaml:11:5" },
  { name: "no success response", files: { "openapi.yaml": editShopSpec({ replace: 21, with: '        "400":' }) }, code: "PG132", at: "openapi.yaml:20:7" },
  { name: "undeclared path parameter", files: { "openapi.yaml": editShopSpec({ replace: 10, with: "  /items/{id}/{extra}:" }) }, code: "PG134", at: "openapi.yaml:11:5" },
  { name: "malformed x-paygen-pagination", files: { "openapi.yaml": editShopSpec({ insertAfter: 14, lines: ["      x-paygen-pagination: { style: sideways }"] }) }, code: "PG150", at: "openapi.yaml:15:37" },
  { name: "pages pagination without totalPages", files: { "openapi.yaml": editShopSpec({ insertAfter: 14, lines: ["      x-paygen-pagination: { style: pages, items: data, page: page }"] }) }, code: "PG150", at: "openapi.yaml:15:7" },
  { name: "package export into the generated folder", files: { "openapi.yaml": editShopSpec({ insertAfter: 8, lines: ["x-paygen-package:", "  exports: [./generated/client.js]"] }) }, code: "PG150", at: "openapi.yaml:10:13" },
  { name: "package export outside src/", files: { "openapi.yaml": editShopSpec({ insertAfter: 8, lines: ["x-paygen-package:", "  exports: [../../evil.js]"] }) }, code: "PG150", at: "openapi.yaml:10:13" },
  { name: "unknown x-paygen extension", files: { "openapi.yaml": editShopSpec({ insertAfter: 14, lines: ["      x-paygen-colour: blue"] }) }, code: "PG151", at: "openapi.yaml:15:7" },
  { name: "method name that is not an identifier", files: { "openapi.yaml": editShopSpec({ replace: 14, with: "      x-paygen-method: get-item" }) }, code: "PG150", at: "openapi.yaml:14:24" },
  {
    name: "client header name that is not an HTTP token",
    files: { "openapi.yaml": editShopSpec({ insertAfter: 8, lines: ["x-paygen-client-headers:", '  - { name: "X-Version\\r\\nX-Evil: 1", option: apiVersion }'] }) },
    code: "PG150",
    at: "openapi.yaml:10:13",
  },
  { name: "info without title", files: { "openapi.yaml": editShopSpec({ remove: 3 }) }, code: "PG122", at: "openapi.yaml:2:1" },
  {
    name: "YAML error in a referenced file",
    files: {
      "openapi.yaml": editShopSpec({ replace: 25, with: "              schema: { $ref: ./schemas/item.yaml }" }),
      "schemas/item.yaml": "type: object\nproperties:\n  id: [unclosed\n",
    },
    code: "PG101",
    at: "schemas/item.yaml:4:1",
  },
  { name: "invalid regular expression", files: { "openapi.yaml": editShopSpec({ replace: 37, with: '        id: { type: string, pattern: "([a-z" }' }) }, code: "PG123", at: "openapi.yaml:37:38" },
  {
    name: "two operations on one client method",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 25,
        lines: ["  /items:", "    get:", "      operationId: listItems", "      x-paygen-resource: items", "      x-paygen-method: get", "      responses:", '        "200": { description: Items. }'],
      }),
    },
    code: "PG135",
    at: "openapi.yaml:28:20",
  },
  { name: "unknown parameter location", files: { "openapi.yaml": editShopSpec({ replace: 17, with: "          in: body" }) }, code: "PG123", at: "openapi.yaml:17:15" },
];

describe("bad specs", () => {
  let template: TempRepo;
  let packagesHash: string;

  beforeAll(async () => {
    template = new TempRepo();
    template.setSpec("shop", { "openapi.yaml": SHOP_SPEC });
    const first = await template.paygen("generate");
    expect(first.code, first.stderr).toBe(0);
    packagesHash = template.hashTree("packages");
  });
  afterAll(() => template.dispose());

  it("has at least 20 cases with distinct names", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES)("$name → $code at $at", async (badCase) => {
    const repo = new TempRepo(template);
    try {
      repo.setSpec("shop", badCase.files);
      const result = await repo.paygen("generate");
      expect(result.code).toBe(1);
      const lines = result.stderr.split("\n");
      const diagnostic = lines.find((line) => line.startsWith("specs/shop/") && line.includes(` ${badCase.code}: `));
      expect(diagnostic, result.stderr).toBeDefined();
      expect(diagnostic).toMatch(new RegExp(`^specs/shop/${escape(badCase.at)}: error ${badCase.code}: \\S`));
      expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(result.stderr).toContain("no package was written");
      expect(repo.hashTree("packages")).toBe(packagesHash);
    } finally {
      repo.dispose();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
