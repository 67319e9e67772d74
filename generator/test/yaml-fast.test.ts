import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../src/load/limits.js";
import { loadYamlFast } from "../src/load/yaml-fast.js";
import { parseSpecText, parseYaml, locateInFile } from "../src/load/yaml-file.js";

/** What the `yaml` parser (paygen's reference reading, with positions) makes of `text`. */
function slowValue(text: string): unknown {
  return parseYaml("t.yaml", text, { file: "t.yaml", line: 1, column: 1 }).parsed?.value;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "node_modules") return [];
    if (statSync(file).isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(name) ? [file] : [];
  });
}

describe("loadYamlFast", () => {
  it("reads every YAML file of the repository as the yaml parser does", () => {
    const files = ["specs", "generator/test", "test"].flatMap((dir) =>
      yamlFiles(path.join(root, dir)),
    );
    expect(files.length).toBeGreaterThan(100);
    const read = files.map((file) => {
      const text = readFileSync(file, "utf8");
      return { file, fast: loadYamlFast(text), slow: slowValue(text) };
    });
    // A document whose root is not a mapping is the yaml parser's to report, whatever was read fast.
    const disagreeing = read.filter((r) => isMapping(r.fast) && !isEqual(r.fast, r.slow));
    expect(disagreeing.map((r) => r.file)).toEqual([]);
    // The providers' specs all take the fast path.
    expect(
      read.filter((r) => r.file.includes(`${path.sep}specs${path.sep}`) && r.fast === undefined),
    ).toEqual([]);
  });

  it.each([
    ["null", "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL"],
    ["bool", "a: true\nb: True\nc: TRUE\nd: false\ne: yes\nf: on\ng: tRue\nh: untrue\ni: falsey"],
    [
      "int",
      "a: 12\nb: +12\nc: -0\nd: 0o17\ne: 0x1F\nf: 010\ng: -0x1\nh: 0b101\ni: 1_000\nj: 0o8\nk: a0o17\nl: 0o17x\nm: 0x1Fg\nn: x0x1F\no: 123456789012345678901",
    ],
    [
      "float",
      "a: 1.5\nb: .5\nc: -.5\nd: 1.\ne: 1e3\nf: 1e400\ng: .inf\nh: -.Inf\ni: .NaN\nj: 1.0e+3\nk: +.5\nl: 1_0.5\nm: .55\nn: a.inf\no: .infx\np: x.nan\nq: 1e\nr: -0.0",
    ],
    [
      "strings that look typed",
      "a: 2024-01-01\nb: '12'\nc: \"true\"\nd: 12:30\ne: 1,000\nf: 0.1.2",
    ],
    ["keys of every scalar type", "1: a\n2.50: b\n~: c\ntrue: d\n0x10: e\n.inf: f\n-0: g"],
    ["a merge key is an ordinary key in YAML 1.2", "a: { x: 1 }\nb:\n  <<: { y: 2 }\n  z: 3"],
    ["a __proto__ key", "__proto__: { polluted: true }\nb: 1"],
    [
      "quoted escapes and folding",
      'a: "tab\\there \\u00e9 \\x41 \\N \\_"\nb: >\n  one\n  two\n\n  three\nc: |-\n  keep\n   indent\n',
    ],
    ["flow collections", "a: [1, two, { three: 3 }]\nb: {}\nc: []"],
    ["comments and document markers", "# c\n---\na: 1 # trailing\n...\n"],
    ["a byte order mark", "\uFEFFa: 1"],
  ])("plain scalars and structure read alike: %s", (_name, text) => {
    const fast = loadYamlFast(text);
    expect(fast).toBeDefined();
    expect(isEqual(fast, slowValue(text))).toBe(true);
  });

  it.each([
    ["an anchor and alias", "a: &x { b: 1 }\nc: *x"],
    ["an anchor on a scalar", "a: &x 1"],
    ["an alias without anchor", "a: *x"],
    ["an explicit tag", "a: !!int 12"],
    ["a custom tag", "a: !thing 12"],
    ["a binary tag", "a: !!binary aGk="],
    ["a %YAML directive", "%YAML 1.1\n---\na: yes"],
    ["an explicit key", "? [a, b]\n: c"],
    ["an indented explicit key", "a:\n  ? [x, y]\n  : c"],
    ["an explicit key alone on its line", "a:\n  ?\n    [x, y]\n  : c"],
    ["a flow collection key before spaces", "[a, b]  : c"],
    ["a flow collection as key", "[a, b]: c"],
    ["a flow mapping as key inside a flow mapping", "{ {a: 1}: c }"],
    ["a duplicate key", "a: 1\na: 2"],
    ["a tab as indentation", "a:\n\tb: 1"],
    ["two documents", "a: 1\n---\nb: 2"],
    ["a syntax error", "a: [1, 2"],
    ["nesting at paygen's limit", `${"[".repeat(LIMITS.maxDepth)}${"]".repeat(LIMITS.maxDepth)}`],
  ])("declines what it cannot read exactly as yaml does: %s", (_name, text) => {
    expect(loadYamlFast(text)).toBeUndefined();
  });

  it("a spec read fast still points its diagnostics at line and column", () => {
    const text =
      "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a: { get: { operationId: x } }\n";
    const { parsed } = parseSpecText("/spec/openapi.yaml", new TextEncoder().encode(text));
    expect(parsed?.value).toEqual(slowValue(text));
    expect(locateInFile(parsed!, "/paths/~1a/get/operationId")).toEqual({
      file: "/spec/openapi.yaml",
      line: 6,
      column: 29,
    });
  });
});

function isMapping(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep equality that tells -0 from 0 and NaN from everything but NaN, and checks own keys. */
function isEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) &&
        isEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
