import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import type { Output } from "../src/cli/report.js";
import { editShopSpec, SHOP_SPEC } from "./support/shop-spec.js";
import { TempRepo } from "./support/temp-repo.js";

interface Captured {
  code: number;
  stdout: string;
  /** Everything written to stderr, live progress rewrites included, in order. */
  stderr: string;
}

/** Runs `paygen` as a terminal (or a pipe) with this environment would see it. */
async function run(
  repo: TempRepo,
  argv: string[],
  terminal: { isTTY?: boolean; env?: Record<string, string> } = {},
): Promise<Captured> {
  const out: string[] = [];
  let err = "";
  const output: Output = {
    out: (line) => out.push(line),
    err: (line) => (err += `${line}\n`),
    errPartial: (text) => (err += text),
    isTTY: terminal.isTTY ?? false,
    env: terminal.env ?? {},
  };
  const code = await main(argv, output, repo.root);
  return { code, stdout: out.join("\n"), stderr: err };
}

const ESC = "\u001b";
const DIAGNOSTIC_KEYS = ["file", "line", "column", "severity", "code", "message", "help"];
const UNKNOWN_FIELD = editShopSpec({ insertAfter: 4, lines: ["  colour: blue"] });
const BROKEN = editShopSpec({ replace: 35, with: "      required: true" });

describe("paygen output: --json, progress, colours, control characters", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (spec = SHOP_SPEC): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    r.setSpec("shop", { "openapi.yaml": spec });
    return r;
  };

  describe("--json", () => {
    it("generate --json prints only the documented JSON on stdout, with each package's counts", async () => {
      const r = repo(UNKNOWN_FIELD);
      const result = await run(r, ["generate", "--json"]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe("");
      const body = JSON.parse(result.stdout);
      expect(Object.keys(body)).toEqual(["packages", "diagnostics"]);
      expect(body.packages).toHaveLength(1);
      const [shop] = body.packages;
      expect(Object.keys(shop)).toEqual([
        "provider",
        "package",
        "operations",
        "written",
        "unchanged",
        "removed",
        "ms",
        "outDir",
        "cached",
      ]);
      expect(shop).toMatchObject({
        provider: "shop",
        package: JSON.parse(r.read("packages/shop/package.json")).name,
        operations: 1,
        unchanged: 0,
        removed: 0,
        outDir: "packages/shop",
        cached: false,
      });
      expect(shop.written).toBeGreaterThan(0);
      expect(body.diagnostics).toEqual([
        {
          file: "specs/shop/openapi.yaml",
          line: 5,
          column: 3,
          severity: "warning",
          code: "PG123",
          message: "unknown field `colour` in an Info object",
          help: expect.any(String),
        },
      ]);

      const again = JSON.parse((await run(r, ["generate", "--json"])).stdout);
      expect(again.packages[0]).toMatchObject({ provider: "shop", written: 0, cached: true });
      expect(again.packages[0].unchanged).toBe(shop.written);
    });

    it("generate --json on a broken spec: the error in diagnostics[], no package, exit 1", async () => {
      const result = await run(repo(BROKEN), ["generate", "--json"]);
      expect(result.code).toBe(1);
      const body = JSON.parse(result.stdout);
      expect(body.packages).toEqual([]);
      expect(body.diagnostics).toHaveLength(1);
      expect(Object.keys(body.diagnostics[0])).toEqual(DIAGNOSTIC_KEYS);
      expect(body.diagnostics[0]).toMatchObject({ line: 35, column: 17, code: "PG121" });
    });

    it("generate --check --json lists every file out of date", async () => {
      const r = repo();
      expect((await run(r, ["generate"])).code).toBe(0);
      r.write("packages/shop/src/generated/client.ts", "// edited by hand\n");
      const result = await run(r, ["generate", "--check", "--json"]);
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).check).toEqual([
        { status: "stale", file: "packages/shop/src/generated/client.ts" },
      ]);
    });

    it("validate --json: every diagnostic with file, line, column, severity, code, message, help", async () => {
      const r = repo(BROKEN);
      r.write("other/api.yaml", UNKNOWN_FIELD);
      const result = await run(r, ["validate", "--json", "shop", "other/api.yaml"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe("");
      const { diagnostics } = JSON.parse(result.stdout);
      expect(diagnostics.map((d: Record<string, unknown>) => Object.keys(d))).toEqual([
        DIAGNOSTIC_KEYS,
        DIAGNOSTIC_KEYS,
      ]);
      expect(
        diagnostics.map((d: { file: string; code: string; severity: string }) => [
          d.file,
          d.code,
          d.severity,
        ]),
      ).toEqual([
        ["specs/shop/openapi.yaml", "PG121", "error"],
        ["other/api.yaml", "PG123", "warning"],
      ]);
    });

    it("diff --json is --format json; an unreadable input is JSON on stdout too, exit 3", async () => {
      const r = repo();
      r.write("old.yaml", SHOP_SPEC);
      r.write("new.yaml", editShopSpec({ remove: 38 }));
      const compared = await run(r, ["diff", "old.yaml", "new.yaml", "--json"]);
      expect(compared.stdout).toBe(
        (await run(r, ["diff", "old.yaml", "new.yaml", "--format", "json"])).stdout,
      );
      expect(JSON.parse(compared.stdout).packages[0].findings.length).toBeGreaterThan(0);

      r.write("broken.yaml", "openapi: 3.1.0\ninfo: [\n");
      const unreadable = await run(r, ["diff", "old.yaml", "broken.yaml", "--json"]);
      expect(unreadable.code).toBe(3);
      expect(unreadable.stderr).toBe("");
      const body = JSON.parse(unreadable.stdout);
      expect(body.diagnostics.length).toBeGreaterThan(0);
      expect(body.diagnostics[0]).toMatchObject({
        file: "broken.yaml",
        severity: "error",
        revision: null,
      });
    });

    it("diff --json with another --format is a usage error", async () => {
      const result = await run(repo(), ["diff", "a.yaml", "b.yaml", "--json", "--format", "text"]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
    });
  });

  describe("progress on stderr", () => {
    it("on a terminal: one live line per provider and stage, rewritten with \\r and erased at the end", async () => {
      const result = await run(repo(), ["generate"], { isTTY: true });
      expect(result.code, result.stderr).toBe(0);
      const rewrites = result.stderr.split("\r").filter((s) => s.includes("paygen: shop"));
      expect(rewrites.map((s) => s.match(/paygen: shop (\w+)/)![1])).toEqual([
        "load",
        "validate",
        "emit",
        "write",
      ]);
      expect(result.stderr.endsWith(`\r${ESC}[2K`)).toBe(true);
      expect(result.stdout).not.toContain("\r");
    });

    it("not on a terminal: nothing unless --progress, then one plain line per stage", async () => {
      const r = repo();
      const quiet = await run(r, ["validate"]);
      expect(quiet.stderr).toBe("");
      const asked = await run(r, ["validate", "--progress"]);
      expect(asked.stderr).toBe("paygen: shop: load\npaygen: shop: validate\n");
      expect(asked.stderr).not.toContain("\r");
    });

    it("--json keeps progress off even on a terminal, unless --progress is given too", async () => {
      const r = repo();
      expect((await run(r, ["validate", "--json"], { isTTY: true })).stderr).toBe("");
      const asked = await run(r, ["validate", "--json", "--progress"], { isTTY: true });
      expect(asked.stderr).toContain("paygen: shop validate");
      expect(JSON.parse(asked.stdout)).toEqual({ diagnostics: [] });
    });
  });

  describe("colours", () => {
    const RED = `${ESC}[31m`;
    const YELLOW = `${ESC}[33m`;
    const broken = (): TempRepo => {
      const r = repo(BROKEN);
      r.write("other/api.yaml", UNKNOWN_FIELD);
      return r;
    };
    const argv = ["validate", "shop", "other/api.yaml"];

    it("on a terminal: red errors and yellow warnings, the help line uncoloured", async () => {
      const { stderr } = await run(broken(), argv, { isTTY: true });
      expect(stderr).toContain(`${RED}specs/shop/openapi.yaml:35:17: error PG121:`);
      expect(stderr).toContain(`${YELLOW}other/api.yaml:5:3: warning PG123:`);
      expect(stderr).toMatch(new RegExp(`\\n  help: [^${ESC}]+\\n`));
    });

    it.each([
      ["not a terminal", {}, []],
      ["NO_COLOR set", { isTTY: true, env: { NO_COLOR: "1" } }, []],
      ["--no-color", { isTTY: true }, ["--no-color"]],
    ])("none when %s", async (_, terminal, extra) => {
      const result = await run(broken(), [...argv, ...extra], terminal);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /(^|\u001b\[2K)specs\/shop\/openapi\.yaml:35:17: error PG121: /m,
      );
      expect(result.stderr).not.toMatch(/\u001b\[\d+m/);
    });

    it("an empty NO_COLOR does not turn colours off (no-color.org)", async () => {
      const { stderr } = await run(broken(), argv, { isTTY: true, env: { NO_COLOR: "" } });
      expect(stderr).toContain(RED);
    });
  });

  describe("control characters from spec text", () => {
    const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2066]/;
    // Terminal escapes, then bidi overrides that would display the rest of the line reordered.
    const SEQUENCES = "\\e]0;pwned\\a\\e[2J\\u009b31m\\u202e\\u2066";
    // A field name is quoted in PG123's message; an operationId is quoted in diff findings.
    const hostileField = editShopSpec({ insertAfter: 4, lines: [`  "col${SEQUENCES}our": blue`] });
    const hostileOperationId = editShopSpec({
      replace: 12,
      with: `      operationId: "get${SEQUENCES}Item"`,
    });

    it("are escaped in printed diagnostics, colours or not", async () => {
      for (const terminal of [{}, { isTTY: true }]) {
        const result = await run(repo(hostileField), ["validate"], terminal);
        const withoutOurs = result.stderr.replace(/\u001b\[(2K|3[139]m)/g, "").replace(/\r/g, "");
        expect(withoutOurs).toContain(
          "warning PG123: unknown field `col\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202e\\u2066our`",
        );
        expect(withoutOurs).not.toMatch(CONTROLS);
      }
    });

    it("--json carries the message as written; JSON escapes it", async () => {
      const result = await run(repo(hostileField), ["validate", "--json"]);
      expect(result.stdout).not.toMatch(CONTROLS);
      const [first] = JSON.parse(result.stdout).diagnostics;
      expect(first.message).toContain("col\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e\u2066our");
    });

    it("are escaped in diff's text and JSON reports", async () => {
      const r = repo();
      r.write("old.yaml", SHOP_SPEC);
      r.write("new.yaml", hostileOperationId);
      const result = await run(r, ["diff", "old.yaml", "new.yaml"]);
      expect(result.stdout).toContain("get\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202e\\u2066Item");
      expect(result.stdout).not.toMatch(CONTROLS);
      const json = await run(r, ["diff", "old.yaml", "new.yaml", "--json"]);
      expect(json.stdout).not.toMatch(CONTROLS);
      expect(JSON.stringify(JSON.parse(json.stdout))).toContain("get\\u001b]0;pwned");
    });
  });
});
