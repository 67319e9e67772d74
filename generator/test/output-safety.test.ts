import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyPlans, OutputError, planPackage } from "../src/write/index.js";
import { SHOP_SPEC } from "./support/shop-spec.js";
import { TempRepo } from "./support/temp-repo.js";

/** `--out` must be new, empty or paygen's own; `--name` must be an npm name; I/O failures are PG180. */
describe("paygen generate refuses unsafe output before writing", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    r.write("api.yaml", SHOP_SPEC);
    return r;
  };

  it("--out '' is a usage error and writes nothing", async () => {
    const r = repo();
    const before = r.hashTree(".");
    const result = await r.paygen("generate", "--spec", "api.yaml", "--out", "");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "paygen generate: --out is empty; name the folder to write the package into",
    );
    expect(r.hashTree(".")).toBe(before);
  });

  it("refuses a repository root that paygen did not generate, leaving its README and package.json", async () => {
    const r = repo();
    r.write("README.md", "# my project\n");
    r.write("package.json", '{ "name": "mine" }\n');
    const before = r.hashTree(".");
    const result = await r.paygen("generate", "--spec", "api.yaml", "--out", ".");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error PG181: refusing to write into .+: it is not empty \(README\.md, api\.yaml, package\.json, …\) and is not a package paygen generated$/m,
    );
    expect(result.stderr).not.toContain("internal error");
    expect(r.hashTree(".")).toBe(before);
  });

  it("refuses the file-system root and a path that is a file", async () => {
    const r = repo();
    const root = await r.paygen("generate", "--spec", "api.yaml", "--out", "/");
    expect(root.code).toBe(1);
    expect(root.stderr).toContain(
      "error PG181: refusing to write into /: it is the root of the file system",
    );
    const file = await r.paygen("generate", "--spec", "api.yaml", "--out", "api.yaml");
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(
      /error PG181: refusing to write into .*api\.yaml: it exists and is not a folder/,
    );
    expect(r.read("api.yaml")).toBe(SHOP_SPEC);
  });

  it("writes into a new folder, an empty folder, and over a package it generated before", async () => {
    const r = repo();
    mkdirSync(path.join(r.root, "empty"));
    expect((await r.paygen("generate", "--spec", "api.yaml", "--out", "empty")).code).toBe(0);
    expect((await r.paygen("generate", "--spec", "api.yaml", "--out", "fresh/client")).code).toBe(
      0,
    );
    r.write("fresh/client/src/extras.ts", "export const handWritten = 1;\n");
    const again = await r.paygen(
      "generate",
      "--spec",
      "api.yaml",
      "--out",
      "fresh/client",
      "--name",
      "@acme/shop-client",
    );
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(r.read("fresh/client/package.json")).name).toBe("@acme/shop-client");
    expect(r.read("fresh/client/src/extras.ts")).toContain("handWritten");
  });

  it("refuses a folder whose package.json only looks similar", async () => {
    const r = repo();
    r.write(
      "lookalike/package.json",
      JSON.stringify({ name: "x", paygen: { generated: "by hand" } }),
    );
    const result = await r.paygen("generate", "--spec", "api.yaml", "--out", "lookalike");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error PG181");
    expect(r.read("lookalike/package.json")).toContain("by hand");
  });

  it.each([
    ["Shop", "has upper-case letters"],
    ["@acme/", "may only hold"],
    [".hidden", "may only hold"],
    ["a b", "may only hold"],
    ["node_modules", "reserved name"],
    ["x".repeat(215), "longer than 214"],
  ])("--name %j is a usage error (%s)", async (name, why) => {
    const r = repo();
    const result = await r.paygen("generate", "--spec", "api.yaml", "--out", "out", "--name", name);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(why);
    expect(() => r.read("out/package.json")).toThrow();
  });

  it("an unwritable output location is PG180 naming the path, not an internal error", async () => {
    const r = repo();
    // /proc refuses new folders even to root, where a chmod would not.
    const result = await r.paygen(
      "generate",
      "--spec",
      "api.yaml",
      "--out",
      `/proc/paygen-test-${process.pid}/client`,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error PG180: cannot write the package \/proc\/paygen-test-\d+\/client: .+ \(E[A-Z]+\)/m,
    );
    expect(result.stderr).not.toContain("internal error");
  });

  it("a failure while swapping leaves the old package and no staging folder, and is an OutputError", async () => {
    const r = repo();
    expect((await r.paygen("generate", "--spec", "api.yaml", "--out", "pkg/client")).code).toBe(0);
    // A file where the ready folder must go makes the swap fail for every user, root included.
    r.write("pkg/.client.paygen-ready", "");
    const before = r.hashTree("pkg/client");
    const plan = await planPackage(path.join(r.root, "pkg/client"), [
      { path: "src/generated/client.ts", contents: "// new\n" },
    ]);
    const failure = await applyPlans([plan]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(OutputError);
    expect((failure as OutputError).message).toMatch(
      /^cannot write the package .*pkg\/client: .+ \(E[A-Z]+\)/,
    );
    expect(r.hashTree("pkg/client")).toBe(before);
    expect(readdirSync(path.join(r.root, "pkg")).sort()).toEqual([
      ".client.paygen-ready",
      "client",
    ]);
  });
});
