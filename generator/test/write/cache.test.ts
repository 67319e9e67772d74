import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cacheDir,
  fingerprint,
  hashGenerator,
  isCurrent,
  readCache,
  sha256,
  writeCache,
  type CacheEntry,
} from "../../src/write/cache.js";
import { scratchDir, writeTree } from "./tree.js";

describe("the no-change cache", () => {
  let scratch: ReturnType<typeof scratchDir>;
  const at = (name: string): string => path.join(scratch.root, name);
  beforeEach(() => (scratch = scratchDir()));
  afterEach(() => scratch.dispose());

  it("reads back what it wrote, and nothing for a missing, malformed or input-less entry", async () => {
    const entry: CacheEntry = { fingerprint: "f", inputs: ["/a.yaml"], operations: 2, files: {} };
    await writeCache(scratch.root, "shop", entry);
    expect(await readCache(scratch.root, "shop")).toEqual(entry);
    expect(await readCache(scratch.root, "other")).toBeUndefined();
    writeTree(cacheDir(scratch.root), {
      "broken.json": "{",
      "no-inputs.json": JSON.stringify({ ...entry, inputs: [] }),
      "inputs-not-a-list.json": JSON.stringify({ ...entry, inputs: "/a.yaml" }),
    });
    expect(await readCache(scratch.root, "broken")).toBeUndefined();
    expect(await readCache(scratch.root, "no-inputs")).toBeUndefined();
    expect(await readCache(scratch.root, "inputs-not-a-list")).toBeUndefined();
  });

  it("a cache that cannot be written is skipped, not an error", async () => {
    writeFileSync(at("node_modules"), "a file where the cache folder would go");
    await expect(
      writeCache(scratch.root, "shop", {
        fingerprint: "f",
        inputs: ["/a"],
        operations: 0,
        files: {},
      }),
    ).resolves.toBeUndefined();
  });

  it("fingerprints the inputs' names and bytes in any order, and the extra key", async () => {
    writeTree(scratch.root, { "a.yaml": "a", "b.yaml": "b" });
    const base = await fingerprint([at("a.yaml"), at("b.yaml")], "shop");
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint([at("b.yaml"), at("a.yaml")], "shop")).toBe(base);
    expect(await fingerprint([at("a.yaml"), at("b.yaml")], "other")).not.toBe(base);
    expect(await fingerprint([at("a.yaml")], "shop")).not.toBe(base);
    writeTree(scratch.root, { "b.yaml": "b2" });
    expect(await fingerprint([at("a.yaml"), at("b.yaml")], "shop")).not.toBe(base);
  });

  it("has no fingerprint when an input is gone or is not a regular file", async () => {
    writeTree(scratch.root, { "a.yaml": "a" });
    execFileSync("mkfifo", [at("pipe")]);
    mkdirSync(at("folder"));
    expect(await fingerprint([at("a.yaml"), at("gone.yaml")], "shop")).toBeUndefined();
    expect(await fingerprint([at("a.yaml"), at("pipe")], "shop")).toBeUndefined();
    expect(await fingerprint([at("a.yaml"), at("folder")], "shop")).toBeUndefined();
  });

  describe("isCurrent", () => {
    let generated: string;
    let entry: CacheEntry;
    beforeEach(() => {
      generated = at("client/src/generated");
      writeTree(generated, { "client.ts": "client", "nested/types.ts": "types" });
      writeTree(at("client"), { "package.json": "{}" });
      entry = {
        fingerprint: "f",
        inputs: ["/a.yaml"],
        operations: 1,
        files: {
          [path.join(generated, "client.ts")]: sha256("client"),
          [path.join(generated, "nested/types.ts")]: sha256("types"),
          [at("client/package.json")]: sha256("{}"),
        },
      };
    });

    it("holds when the fingerprint and every recorded file match and nothing else is generated", async () => {
      expect(await isCurrent(entry, "f", generated)).toBe(true);
    });

    it("fails on another or no fingerprint", async () => {
      expect(await isCurrent(entry, "g", generated)).toBe(false);
      expect(await isCurrent(entry, undefined, generated)).toBe(false);
    });

    it("fails on a generated file the entry did not record", async () => {
      writeTree(generated, { "nested/extra.ts": "extra" });
      expect(await isCurrent(entry, "f", generated)).toBe(false);
    });

    it("fails when a recorded file was edited or deleted", async () => {
      writeTree(at("client"), { "package.json": "{ }" });
      expect(await isCurrent(entry, "f", generated)).toBe(false);
      const deleted = { ...entry, files: { ...entry.files, [at("client/gone.ts")]: sha256("") } };
      writeTree(at("client"), { "package.json": "{}" });
      expect(await isCurrent(deleted, "f", generated)).toBe(false);
    });

    it("fails for an entry that recorded no file", async () => {
      expect(await isCurrent({ ...entry, files: {} }, "f", at("empty"))).toBe(false);
    });
  });

  it("sha256 is the hex digest of the contents", () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256(new TextEncoder().encode("abc"))).toBe(sha256("abc"));
  });

  it("fingerprints the generator by its compiled code, templates and package.json, nothing else", async () => {
    const generator = at("generator");
    writeTree(generator, {
      "package.json": '{ "version": "1.0.0" }',
      "dist/cli/main.js": "main",
      "dist/emit/client.js": "client",
      "templates/README.md.hbs": "readme",
      "src/main.ts": "source",
      "dist/main.js.map": "map",
    });
    const base = await hashGenerator(generator);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashGenerator(generator)).toBe(base);
    // Sources, maps and files outside dist/ and templates/ are not part of what runs.
    writeTree(generator, { "src/main.ts": "changed", "dist/main.js.map": "changed", "x.js": "x" });
    expect(await hashGenerator(generator)).toBe(base);
    for (const [file, contents] of [
      ["dist/emit/client.js", "client v2"],
      ["templates/README.md.hbs", "readme v2"],
      ["package.json", '{ "version": "1.0.1" }'],
    ] as const) {
      const before = await hashGenerator(generator);
      writeTree(generator, { [file]: contents });
      expect(await hashGenerator(generator), file).not.toBe(before);
    }
    // A new compiled module in a nested folder counts too, wherever it sorts.
    const beforeNew = await hashGenerator(generator);
    writeTree(generator, { "dist/a/new.js": "new" });
    expect(await hashGenerator(generator)).not.toBe(beforeNew);
  });

  it("hashes the generator the same whatever order its files were written in", async () => {
    const files: Record<string, string> = {
      "package.json": "{}",
      "dist/b.js": "b",
      "dist/a.js": "a",
    };
    writeTree(at("g"), files);
    const first = await hashGenerator(at("g"));
    rmSync(at("g"), { recursive: true });
    writeTree(at("g"), Object.fromEntries(Object.entries(files).reverse()));
    expect(await hashGenerator(at("g"))).toBe(first);
    // Swapping two files' contents is a different generator.
    writeTree(at("g"), { "dist/a.js": "b", "dist/b.js": "a" });
    expect(await hashGenerator(at("g"))).not.toBe(first);
  });
});
