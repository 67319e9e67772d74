import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/diagnostics/catalogue.js";
import type { DiagnosticCode } from "../src/diagnostics/index.js";
import { EXTENSIONS } from "../src/extensions/index.js";
import { editShopSpec, SHOP_SPEC } from "./support/shop-spec.js";
import { TempRepo } from "./support/temp-repo.js";

interface BadCase {
  name: string;
  files: Record<string, string | Uint8Array>;
  code: DiagnosticCode;
  /** `file:line:col` relative to specs/shop/; absent for problems no line of the spec can show. */
  at?: string;
}

const DUPLICATE_PATH = [
  "  /items:",
  "    get:",
  "      operationId: getItem",
  "      responses:",
  '        "200": { description: Items. }',
];

const CASES: BadCase[] = [
  {
    name: "x-paygen-retry-statuses with a success status",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 8,
        lines: ["x-paygen-retry-statuses: [409, 200]"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:9:32",
  },
  {
    name: "webhook payload that does not pin the discriminator",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 8,
        lines: [
          "x-paygen-webhook-discriminator: type",
          "webhooks:",
          "  itemCreated:",
          "    post:",
          "      requestBody:",
          "        content:",
          "          application/json:",
          "            schema: { type: object, properties: { type: { type: string } } }",
          "      responses:",
          '        "200": { description: Received. }',
        ],
      }),
    },
    code: "PG137",
    at: "openapi.yaml:16:21",
  },
  {
    name: "x-paygen-webhook-discriminator not a string",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 8,
        lines: ["x-paygen-webhook-discriminator: 5"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:9:33",
  },
  {
    name: "x-paygen-webhook-token not a mapping",
    files: {
      "openapi.yaml": editShopSpec({ insertAfter: 8, lines: ["x-paygen-webhook-token: yes"] }),
    },
    code: "PG150",
    at: "openapi.yaml:9:25",
  },
  {
    name: "YAML syntax error",
    files: {
      "openapi.yaml": editShopSpec({ replace: 19, with: "          schema: { type: string" }),
    },
    code: "PG101",
    at: "openapi.yaml:20:7",
  },
  {
    name: "tab indentation",
    files: { "openapi.yaml": editShopSpec({ replace: 3, with: "\ttitle: Shop" }) },
    code: "PG102",
    at: "openapi.yaml:3:1",
  },
  {
    name: "dangling $ref",
    files: {
      "openapi.yaml": editShopSpec({
        replace: 25,
        with: '              schema: { $ref: "#/components/schemas/Nope" }',
      }),
    },
    code: "PG110",
    at: "openapi.yaml:25:31",
  },
  {
    name: "$ref to the whole document (found by the fuzzer)",
    files: {
      "openapi.yaml": editShopSpec({ replace: 25, with: '              schema: { $ref: "#" }' }),
    },
    code: "PG112",
    at: "openapi.yaml:25:31",
  },
  {
    name: "$ref to a missing file",
    files: {
      "openapi.yaml": editShopSpec({
        replace: 25,
        with: "              schema: { $ref: ./missing.yaml }",
      }),
    },
    code: "PG111",
    at: "openapi.yaml:25:31",
  },
  {
    name: "duplicate operationId",
    files: { "openapi.yaml": editShopSpec({ insertAfter: 25, lines: DUPLICATE_PATH }) },
    code: "PG131",
    at: "openapi.yaml:28:20",
  },
  {
    name: "example violating its schema",
    files: {
      "openapi.yaml": editShopSpec({ insertAfter: 38, lines: ["      example: { id: 1 }"] }),
    },
    code: "PG140",
    at: "openapi.yaml:39:16",
  },
  {
    name: "missing responses",
    files: { "openapi.yaml": editShopSpec({ remove: 20, count: 6 }) },
    code: "PG132",
    at: "openapi.yaml:11:5",
  },
  {
    name: "unknown security scheme",
    files: { "openapi.yaml": editShopSpec({ replace: 8, with: "  - nokey: []" }) },
    code: "PG133",
    at: "openapi.yaml:8:5",
  },
  {
    name: "wrong type for a keyword",
    files: { "openapi.yaml": editShopSpec({ replace: 35, with: "      required: true" }) },
    code: "PG121",
    at: "openapi.yaml:35:17",
  },
  { name: "empty file", files: { "openapi.yaml": "\n\n" }, code: "PG103", at: "openapi.yaml:1:1" },
  {
    name: "binary junk",
    files: { "openapi.yaml": new Uint8Array([0x6f, 0x70, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x0d]) },
    code: "PG104",
    at: "openapi.yaml:1:1",
  },
  {
    name: "invalid UTF-8",
    files: { "openapi.yaml": new Uint8Array([0x6f, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) },
    code: "PG104",
    at: "openapi.yaml:1:1",
  },
  {
    name: "root is a list",
    files: { "openapi.yaml": "- openapi: 3.1.0\n- info: {}\n" },
    code: "PG105",
    at: "openapi.yaml:1:1",
  },
  {
    name: "duplicate key",
    files: { "openapi.yaml": editShopSpec({ insertAfter: 3, lines: ["  title: Again"] }) },
    code: "PG106",
    at: "openapi.yaml:4:3",
  },
  {
    name: "missing openapi field",
    files: { "openapi.yaml": `# a spec without its version\n${editShopSpec({ remove: 1 })}` },
    code: "PG120",
    at: "openapi.yaml:2:1",
  },
  {
    name: "Swagger 2.0 version",
    files: { "openapi.yaml": editShopSpec({ replace: 1, with: "openapi: 2.0.0" }) },
    code: "PG120",
    at: "openapi.yaml:1:10",
  },
  {
    name: "Swagger 2.0 document",
    files: { "openapi.yaml": 'swagger: "2.0"\ninfo: { title: Shop, version: "1" }\npaths: {}\n' },
    code: "PG195",
    at: "openapi.yaml:1:10",
  },
  {
    name: "missing operationId",
    files: { "openapi.yaml": editShopSpec({ remove: 12 }) },
    code: "PG130",
    at: "openapi.yaml:11:5",
  },
  {
    name: "no success response",
    files: { "openapi.yaml": editShopSpec({ replace: 21, with: '        "400":' }) },
    code: "PG132",
    at: "openapi.yaml:20:7",
  },
  {
    name: "undeclared path parameter",
    files: { "openapi.yaml": editShopSpec({ replace: 10, with: "  /items/{id}/{extra}:" }) },
    code: "PG134",
    at: "openapi.yaml:11:5",
  },
  {
    name: "malformed x-paygen-pagination",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 14,
        lines: ["      x-paygen-pagination: { style: sideways }"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:15:37",
  },
  {
    name: "unknown x-paygen extension",
    files: {
      "openapi.yaml": editShopSpec({ insertAfter: 14, lines: ["      x-paygen-colour: blue"] }),
    },
    code: "PG151",
    at: "openapi.yaml:15:7",
  },
  {
    name: "method name that is not an identifier",
    files: {
      "openapi.yaml": editShopSpec({ replace: 14, with: "      x-paygen-method: get-item" }),
    },
    code: "PG150",
    at: "openapi.yaml:14:24",
  },
  {
    name: "pages pagination without totalPages",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 14,
        lines: ["      x-paygen-pagination: { style: pages, items: data, page: page }"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:15:7",
  },
  {
    name: "package export into the generated folder",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 8,
        lines: ["x-paygen-package:", "  exports: [./generated/client.js]"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:10:13",
  },
  {
    name: "package export outside src/",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 8,
        lines: ["x-paygen-package:", "  exports: [../../evil.js]"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:10:13",
  },
  {
    name: "client header name that is not an HTTP token",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 8,
        lines: [
          "x-paygen-client-headers:",
          '  - { name: "X-Version\\r\\nX-Evil: 1", option: apiVersion }',
        ],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:10:13",
  },
  {
    name: "info without title",
    files: { "openapi.yaml": editShopSpec({ remove: 3 }) },
    code: "PG122",
    at: "openapi.yaml:2:1",
  },
  {
    name: "x-paygen-method not an identifier",
    files: {
      "openapi.yaml": editShopSpec({ replace: 14, with: "      x-paygen-method: get-item" }),
    },
    code: "PG150",
    at: "openapi.yaml:14:24",
  },
  {
    name: "YAML error in a referenced file",
    files: {
      "openapi.yaml": editShopSpec({
        replace: 25,
        with: "              schema: { $ref: ./schemas/item.yaml }",
      }),
      "schemas/item.yaml": "type: object\nproperties:\n  id: [unclosed\n",
    },
    code: "PG101",
    at: "schemas/item.yaml:4:1",
  },
  {
    name: "component file that refers to itself with $ref: '' (found by the fuzzer)",
    files: {
      "openapi.yaml": editShopSpec(
        { replace: 33, with: "    Item: { $ref: ./schemas/item.yaml }" },
        { remove: 34, count: 5 },
      ),
      "schemas/item.yaml": 'type: object\n$ref: ""\n',
    },
    code: "PG113",
    at: "schemas/item.yaml:2:7",
  },
  {
    name: "invalid regular expression",
    files: {
      "openapi.yaml": editShopSpec({
        replace: 37,
        with: '        id: { type: string, pattern: "([a-z" }',
      }),
    },
    code: "PG123",
    at: "openapi.yaml:37:38",
  },
  {
    name: "two operations on one client method",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 25,
        lines: [
          "  /items:",
          "    get:",
          "      operationId: listItems",
          "      x-paygen-resource: items",
          "      x-paygen-method: get",
          "      responses:",
          '        "200": { description: Items. }',
        ],
      }),
    },
    code: "PG135",
    at: "openapi.yaml:28:20",
  },
  {
    name: "entry file that is a folder",
    files: { "openapi.yaml/inside.yaml": "x: 1\n" },
    code: "PG165",
    at: "openapi.yaml:1:1",
  },
  {
    name: "two entry files",
    files: { "a.yaml": SHOP_SPEC, "b.yaml": SHOP_SPEC },
    code: "PG107",
    at: "b.yaml:1:1",
  },
  {
    name: "no file with an openapi key",
    files: { "notes.yaml": "title: not a spec\n" },
    code: "PG107",
  },
  {
    name: "$ref that is not a string",
    files: {
      "openapi.yaml": editShopSpec({ replace: 25, with: "              schema: { $ref: 42 }" }),
    },
    code: "PG112",
    at: "openapi.yaml:25:31",
  },
  {
    name: "response $ref that leads back to itself",
    files: {
      "openapi.yaml": editShopSpec(
        { insertAfter: 25, lines: ['        "404": { $ref: "#/components/responses/Loop" }'] },
        {
          insertAfter: 26,
          lines: ["  responses:", '    Loop: { $ref: "#/components/responses/Loop" }'],
        },
      ),
    },
    code: "PG113",
    at: "openapi.yaml:29:19",
  },
  {
    name: "client method named constructor",
    files: {
      "openapi.yaml": editShopSpec({ replace: 14, with: "      x-paygen-method: constructor" }),
    },
    code: "PG136",
    at: "openapi.yaml:12:20",
  },
  {
    name: "schema Ajv cannot compile (a 3.0 boolean exclusiveMaximum in 3.1)",
    files: {
      "openapi.yaml": editShopSpec(
        {
          replace: 38,
          with: "        price: { type: integer, maximum: 10, exclusiveMaximum: true }",
        },
        { insertAfter: 38, lines: ["      example: { id: a }"] },
      ),
    },
    code: "PG141",
    at: "openapi.yaml:34:7",
  },
  {
    name: "unknown parameter location",
    files: { "openapi.yaml": editShopSpec({ replace: 17, with: "          in: body" }) },
    code: "PG123",
    at: "openapi.yaml:17:15",
  },
];

/** One case per `x-paygen-*` shape rule (specs/README.md); each must fail validation with PG150. */
const EXTENSION_CASES: BadCase[] = [
  {
    name: "x-paygen-resource not camelCase",
    files: {
      "openapi.yaml": editShopSpec({ replace: 13, with: "      x-paygen-resource: Items" }),
    },
    code: "PG150",
    at: "openapi.yaml:13:26",
  },
  {
    name: "x-paygen-environment not an identifier",
    files: {
      "openapi.yaml": editShopSpec({ insertAfter: 6, lines: ["    x-paygen-environment: Prod-1"] }),
    },
    code: "PG150",
    at: "openapi.yaml:7:27",
  },
  {
    name: 'x-paygen-idempotency-key: "yes"',
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 19,
        lines: [
          "        - name: Idempotency-Key",
          "          in: header",
          "          schema: { type: string }",
          '          x-paygen-idempotency-key: "yes"',
        ],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:23:37",
  },
  {
    name: "x-paygen-token-operation naming no operation",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 31,
        lines: ["      x-paygen-token-operation: fetchToken"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:32:33",
  },
  {
    name: "x-paygen-request-id-header not a string",
    files: {
      "openapi.yaml": editShopSpec({ insertAfter: 4, lines: ["x-paygen-request-id-header: 42"] }),
    },
    code: "PG150",
    at: "openapi.yaml:5:29",
  },
  {
    name: "x-paygen-pagination missing a field of its style",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 14,
        lines: [
          "      x-paygen-pagination: { style: offset, items: data, total: total, offset: offset }",
        ],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:15:7",
  },
  {
    name: "x-paygen-credentials with an unknown field",
    files: {
      "openapi.yaml": editShopSpec({
        replace: 31,
        with: "      x-paygen-credentials: { user: apiKey }",
      }),
    },
    code: "PG150",
    at: "openapi.yaml:31:37",
  },
  {
    name: "x-paygen-client-headers not a list",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 4,
        lines: ["x-paygen-client-headers: { name: Shop-Version, option: shopVersion }"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:5:26",
  },
  {
    name: "x-paygen-error without a schema",
    files: {
      "openapi.yaml": editShopSpec({ insertAfter: 4, lines: ["x-paygen-error: { code: code }"] }),
    },
    code: "PG150",
    at: "openapi.yaml:5:17",
  },
  {
    name: "x-paygen-transport without a module",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 4,
        lines: ["x-paygen-transport: { export: send }"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:5:1",
  },
  {
    name: "x-paygen-package name that npm refuses",
    files: {
      "openapi.yaml": editShopSpec({
        insertAfter: 4,
        lines: ["x-paygen-package: { name: Shop Client }"],
      }),
    },
    code: "PG150",
    at: "openapi.yaml:5:27",
  },
];

/** Codes without a bad-spec case, each with the reason none can be written. */
const WAIVERS: Partial<Record<DiagnosticCode, string>> = {
  PG160:
    "reserved member names: generator/test/hostile/hostile-corpus.test.ts (a warning; generation goes on)",
  PG161: "file size limit: generator/test/hostile/limits.test.ts (needs a 64 MiB file)",
  PG162: "alias expansion limit: generator/test/hostile/limits.test.ts",
  PG163: "nesting depth limit: generator/test/hostile/limits.test.ts",
  PG164: "$ref count limit: generator/test/hostile/limits.test.ts",
  PG166: "URL $refs: generator/test/hostile/limits.test.ts",
  PG167: "$refs leaving the root: generator/test/hostile/limits.test.ts",
  PG180: "write failures: generator/test/output-safety.test.ts",
  PG181: "output folders paygen does not own: generator/test/output-safety.test.ts",
  PG100:
    "an unreadable file: the tests run as root, so a file cannot be made unreadable here; generator/test/diff/inputs.test.ts reads a missing side",
};

const ALL_CASES = [...CASES, ...EXTENSION_CASES];

describe("the bad-spec corpus and the diagnostic catalogue", () => {
  it("has a case for every code in the catalogue, or a written waiver", () => {
    const covered = new Set(ALL_CASES.map((c) => c.code));
    const missing = Object.keys(CATALOGUE).filter(
      (code) => !covered.has(code as DiagnosticCode) && !(code in WAIVERS),
    );
    expect(missing).toEqual([]);
  });

  it("waives only catalogue codes that have no case", () => {
    const covered = new Set(ALL_CASES.map((c) => c.code));
    expect(
      Object.keys(WAIVERS).filter(
        (code) => covered.has(code as DiagnosticCode) || !(code in CATALOGUE),
      ),
    ).toEqual([]);
  });

  it("has a shape case for every x-paygen-* extension paygen knows", () => {
    const named = new Set(
      ALL_CASES.filter((c) => c.code === "PG150").map((c) => /x-paygen-[a-z-]+/.exec(c.name)?.[0]),
    );
    expect(
      EXTENSIONS.map((extension) => extension.name).filter((name) => !named.has(name)),
    ).toEqual([]);
  });
});

/**
 * Each case's diagnostic line, message included: a wrong message fails like a wrong code.
 * `PAYGEN_UPDATE_GOLDEN=1 npx vitest run generator/test/bad-specs.test.ts` rewrites the file (never in CI).
 */
const MESSAGES_FILE = fileURLToPath(new URL("./bad-specs.messages.json", import.meta.url));
const UPDATE = process.env["PAYGEN_UPDATE_GOLDEN"] === "1";
const expectedMessages: Record<string, string> = existsSync(MESSAGES_FILE)
  ? (JSON.parse(readFileSync(MESSAGES_FILE, "utf8")) as Record<string, string>)
  : {};
const seenMessages: Record<string, string> = {};

describe("bad-spec messages", () => {
  it("lists exactly the cases there are", () => {
    expect(Object.keys(expectedMessages).sort()).toEqual(ALL_CASES.map((c) => c.name).sort());
  });
});

describe("bad specs", () => {
  afterAll(() => {
    if (!UPDATE) return;
    // Cases filtered out of this run (`-t`) keep their line; cases that no longer exist drop out.
    const names = new Set(ALL_CASES.map((c) => c.name));
    const sorted = Object.fromEntries(
      Object.entries({ ...expectedMessages, ...seenMessages })
        .filter(([name]) => names.has(name))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    writeFileSync(MESSAGES_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  });

  // Built by the first case that runs, not in beforeAll: mutation testing counts code run in a hook
  // as covered by no test, so every mutant on the happy path would rerun the whole test list.
  let generated: Promise<{ template: TempRepo; packagesHash: string }> | undefined;
  const generatedTemplate = () =>
    (generated ??= (async () => {
      const template = new TempRepo();
      template.setSpec("shop", { "openapi.yaml": SHOP_SPEC });
      const first = await template.paygen("generate");
      expect(first.code, first.stderr).toBe(0);
      return { template, packagesHash: template.hashTree("packages") };
    })());
  afterAll(async () => (await generated?.catch(() => undefined))?.template.dispose());

  it.each(ALL_CASES)("$name → $code at $at", async (badCase) => {
    const { template, packagesHash } = await generatedTemplate();
    const repo = new TempRepo(template);
    try {
      repo.setSpec("shop", badCase.files);
      const result = await repo.paygen("generate");
      expect(result.code).toBe(1);
      const where = badCase.at === undefined ? "" : `specs/shop/${escape(badCase.at)}: `;
      const pattern = new RegExp(`^${where}error ${badCase.code}: \\S`);
      const line = result.stderr.split("\n").find((candidate) => pattern.test(candidate));
      expect(line, result.stderr).toBeDefined();
      seenMessages[badCase.name] = line!;
      if (!UPDATE)
        expect(
          line,
          "message changed (PAYGEN_UPDATE_GOLDEN=1 rewrites bad-specs.messages.json)",
        ).toBe(expectedMessages[badCase.name]);
      expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(result.stderr).not.toContain("internal error");
      expect(repo.hashTree("packages")).toBe(packagesHash);
    } finally {
      repo.dispose();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
