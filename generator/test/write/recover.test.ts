import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { recoverPackage } from "../../src/write/index.js";
import { readTree, scratchDir, writeTree } from "./tree.js";

const OLD = { "package.json": "old", "src/generated/client.ts": "old client" };
const NEW = { "package.json": "new", "src/generated/client.ts": "new client" };

describe("recoverPackage after a run killed mid-swap", () => {
  let scratch: ReturnType<typeof scratchDir>;
  let live: string;
  const sibling = (suffix: string): string => path.join(scratch.root, `.client${suffix}`);
  afterEach(() => scratch.dispose());
  function setUp(folders: Record<string, Record<string, string>>): void {
    scratch = scratchDir();
    live = path.join(scratch.root, "client");
    for (const [suffix, files] of Object.entries(folders))
      writeTree(suffix === "" ? live : sibling(suffix), files);
  }

  it("deletes staging folders of any process and keeps the live package", async () => {
    setUp({ "": OLD, ".paygen-staging-1": NEW, ".paygen-staging-99": NEW });
    writeTree(path.join(scratch.root, "other.paygen-staging-1"), NEW);
    expect(await recoverPackage(live)).toBe(true);
    expect(readdirSync(scratch.root).sort()).toEqual(["client", "other.paygen-staging-1"]);
    expect(readTree(live)).toEqual(OLD);
  });

  it("rolls a complete ready folder forward over the live package and drops the old one", async () => {
    setUp({ "": OLD, ".paygen-ready": NEW, ".paygen-backup": { stale: "older" } });
    expect(await recoverPackage(live)).toBe(true);
    expect(readdirSync(scratch.root)).toEqual(["client"]);
    expect(readTree(live)).toEqual(NEW);
  });

  it("rolls a ready folder forward when the old package is still live and has no backup yet", async () => {
    setUp({ "": OLD, ".paygen-ready": NEW });
    expect(await recoverPackage(live)).toBe(true);
    expect(readdirSync(scratch.root)).toEqual(["client"]);
    expect(readTree(live)).toEqual(NEW);
  });

  it("moves a lone ready folder live", async () => {
    setUp({ ".paygen-ready": NEW });
    expect(await recoverPackage(live)).toBe(true);
    expect(readdirSync(scratch.root)).toEqual(["client"]);
    expect(readTree(live)).toEqual(NEW);
  });

  it("moves a ready folder live when the old package was already moved away", async () => {
    setUp({ ".paygen-ready": NEW, ".paygen-backup": OLD });
    expect(await recoverPackage(live)).toBe(true);
    expect(readdirSync(scratch.root)).toEqual(["client"]);
    expect(readTree(live)).toEqual(NEW);
  });

  it("removes a backup once the new package is live", async () => {
    setUp({ "": NEW, ".paygen-backup": OLD });
    expect(await recoverPackage(live)).toBe(true);
    expect(readdirSync(scratch.root)).toEqual(["client"]);
    expect(readTree(live)).toEqual(NEW);
  });

  it("restores a backup when no package is live", async () => {
    setUp({ ".paygen-backup": OLD });
    expect(await recoverPackage(live)).toBe(true);
    expect(readdirSync(scratch.root)).toEqual(["client"]);
    expect(readTree(live)).toEqual(OLD);
  });

  it("sweeps legacy temp files at any depth, but not inside node_modules", async () => {
    const legacy = {
      ".package.json.paygen-tmp-12": "partial",
      "src/generated/.client.ts.paygen-tmp-7": "partial",
      "node_modules/dep/.index.js.paygen-tmp-3": "not ours",
      "src/.client.ts.paygen-tmp-x": "not a pid",
    };
    setUp({ "": { ...OLD, ...legacy } });
    expect(await recoverPackage(live)).toBe(true);
    expect(readTree(live)).toEqual({
      ...OLD,
      "node_modules/dep/.index.js.paygen-tmp-3": "not ours",
      "src/.client.ts.paygen-tmp-x": "not a pid",
    });
  });

  it("does nothing to a clean package, nor to a package that does not exist", async () => {
    setUp({ "": OLD });
    expect(await recoverPackage(live)).toBe(false);
    expect(readTree(live)).toEqual(OLD);
    expect(await recoverPackage(path.join(scratch.root, "missing", "client"))).toBe(false);
    expect(existsSync(path.join(scratch.root, "missing"))).toBe(false);
  });
});
