import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { hasUnseen } from "../../src/emit/escape/index.js";
import { CANARY, PAYLOADS } from "./payloads.js";
import { hostileSpec } from "./spec.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const canary = globalThis as unknown as Record<string, unknown>;
const GENERATED_FILES = [
  "src/generated/client.ts",
  "src/generated/schema.ts",
  "src/generated/webhooks.ts",
  "src/index.ts",
];

/** A spec whose every text field carries code, comment terminators, quotes and markup: the package it yields is inert. */
describe("a hostile spec", () => {
  // Inside the repository, so the package resolves @paygen/runtime from the workspace.
  mkdirSync(path.join(root, ".paygen-tmp"), { recursive: true });
  const work = mkdtempSync(path.join(root, ".paygen-tmp", "hostile-"));
  const out = path.join(work, "hostile-shop");
  const lines: string[] = [];
  let code = -1;
  beforeAll(async () => {
    writeFileSync(path.join(work, "hostile.json"), hostileSpec());
    code = await main(
      [
        "generate",
        "--spec",
        path.join(work, "hostile.json"),
        "--out",
        out,
        "--name",
        "@hostile/shop",
      ],
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      root,
    );
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const read = (file: string): string => readFileSync(path.join(out, file), "utf8");

  it("generates a package", () => {
    expect(code, lines.join("\n")).toBe(0);
    expect(lines.join("\n")).not.toContain("internal error");
  });

  it("type-checks under strict", { timeout: 120_000 }, async () => {
    const result = await promisify(execFile)(
      process.execPath,
      [tsc, "-p", path.join(out, "tsconfig.json"), "--noEmit"],
      { maxBuffer: 16 << 20 },
    ).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  });

  it("runs no spec text when imported, and members named like Object.prototype's do not change behaviour", async () => {
    canary[CANARY] = "untouched";
    const module = (await import(path.join(out, "src/index.ts"))) as Record<
      string,
      new (options: object) => Record<string, unknown>
    >;
    expect(canary[CANARY]).toBe("untouched");
    const Client = module["HostileShop"];
    expect(Client).toBeTypeOf("function");
    const client = new Client!({ baseUrl: "http://127.0.0.1:9" });
    expect(canary[CANARY]).toBe("untouched");
    expect(Object.getPrototypeOf(client)).toBe(Client!.prototype);
    for (const resource of Object.values(client)) {
      // A resource with a `then` member would make `await client.things` never settle.
      expect(typeof (resource as { then?: unknown }).then).not.toBe("function");
      expect(
        await Promise.race([
          Promise.resolve(resource),
          new Promise((r) => setTimeout(() => r("hung"), 1000)),
        ]),
      ).toBe(resource);
    }
  });

  it("keeps spec text inside comments and string literals: no line of code starts with it, no raw line separators", () => {
    for (const file of GENERATED_FILES) {
      const text = read(file);
      expect(text, file).not.toMatch(/^\s*(globalThis|import\(|three|four|b\b)/m);
      expect(text, file).not.toMatch(/[\r\u2028\u2029]/);
    }
  });

  it("writes no control or bidirectional formatting character raw into any file, only its escape", () => {
    for (const file of [...GENERATED_FILES, "README.md", "package.json", "tsconfig.json"]) {
      const text = read(file);
      expect(hasUnseen(text), file).toBe(false);
      expect(text, file).not.toContain("\u0085");
    }
    expect(read("src/generated/schema.ts")).toContain(
      '"Shop\\u202e} ;)\\u2066(pwned\\u2069 \\u001b[31mred\\u0007 \\u0085\\u200f\\ufeff\\u000b"',
    );
    expect(read("src/generated/client.ts")).toContain(" * Shop\\u202e} ;)\\u2066(pwned");
    expect(read("README.md")).toContain("Shop\\u202e} ;)\\u2066(pwned");
  });

  it("renames members JavaScript gives a meaning to, with a warning", () => {
    const client = read("src/generated/client.ts");
    expect(client).not.toMatch(/^\s*(then|catch|toString|hasOwnProperty)\(/m);
    expect(client).toMatch(/^\s*constructorOperation\(/m);
    // Nor is any standalone function: an exported `then` would make the module namespace thenable.
    expect(client).not.toMatch(/^export function (then|constructor|hasOwnProperty)\(/m);
    expect(client).toMatch(/^export function thenOperation\(/m);
    expect(client).not.toMatch(/^\s*readonly (then|toString|prototype|__proto__):/m);
    expect(lines.join("\n")).toMatch(
      /hostile\.json:\d+:\d+: warning PG160: method name `then` \(from then\)/,
    );
    expect(lines.join("\n")).toMatch(/warning PG160: resource name `toString`/);
  });

  it("writes the README text literally: no raw HTML, no entities, an unbroken code block", () => {
    const readme = read("README.md");
    expect(readme).not.toContain("<script>");
    expect(readme).not.toContain("&lt;");
    expect(readme).not.toContain("&amp;amp;");
    expect(readme).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(readme).toContain('**Shop \\*/ globalThis.\\_\\_paygenCanary = "pwned"; /\\* API**');
    // Every fenced code block is opened by ```ts and closed by a bare fence: none was broken open.
    const fences = readme.split("\n").filter((line) => /^```/.test(line));
    expect(fences.length).toBeGreaterThanOrEqual(4);
    expect(fences).toEqual(fences.map((_, i) => (i % 2 === 0 ? "```ts" : "```")));
    // Tables keep their shape: every row has as many cell separators as its header.
    const operationRows = readme
      .slice(readme.indexOf("## Operations"))
      .split("\n")
      .filter((line) => line.startsWith("|"));
    expect(operationRows).toHaveLength(2 + 4);
    for (const row of operationRows) expect(row.match(/(?<!\\)\|/g), row).toHaveLength(5);
  });

  it("keeps package.json valid JSON carrying the title as text", () => {
    const json = JSON.parse(read("package.json")) as { name: string; description: string };
    expect(json.name).toBe("@hostile/shop");
    expect(json.description).toContain(PAYLOADS.closeComment);
  });
});
