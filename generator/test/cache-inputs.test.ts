import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCache } from "../src/write/cache.js";
import { editShopSpec, SHOP_SPEC } from "./support/shop-spec.js";
import { TempRepo } from "./support/temp-repo.js";

const ITEM_SCHEMA =
  "type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n  price: { type: integer }\n";
const SPLIT_SPEC = editShopSpec(
  { replace: 33, with: '    Item: { $ref: "./item.yaml" }' },
  { remove: 34, count: 5 },
);

/** Things beside a spec that would hang or slow a folder walk. */
function plantHazards(dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync("mkfifo", [path.join(dir, "pipe")]);
  symlinkSync(".", path.join(dir, "loop"));
  symlinkSync("cycle-b", path.join(dir, "cycle-a"));
  symlinkSync("cycle-a", path.join(dir, "cycle-b"));
}

describe("the no-change cache fingerprints only the files the loader read", () => {
  const repos: TempRepo[] = [];
  afterEach(() => repos.splice(0).forEach((r) => r.dispose()));
  const repo = (): TempRepo => {
    const r = new TempRepo();
    repos.push(r);
    r.setSpec("shop", { "openapi.yaml": SPLIT_SPEC, "item.yaml": ITEM_SCHEMA });
    return r;
  };

  it("records the entry file and its $ref'd file, ignores other files, and notices an edit to either", async () => {
    const r = repo();
    expect((await r.paygen("generate")).code).toBe(0);
    const entry = await readCache(r.root, "shop");
    expect(entry?.inputs).toEqual([
      path.join(r.root, "specs/shop/item.yaml"),
      path.join(r.root, "specs/shop/openapi.yaml"),
    ]);

    r.write("specs/shop/notes.txt", "not part of the spec\n");
    expect((await r.paygen("generate")).stdout).toContain("(cached)");

    r.write(
      "specs/shop/item.yaml",
      ITEM_SCHEMA.replace("price: { type: integer }", "price: { type: number }"),
    );
    const edited = await r.paygen("generate");
    expect(edited.stdout).not.toContain("(cached)");
    // Every header carries the spec's sha256, so every file is rewritten.
    expect(edited.stdout).toMatch(/shop\s+1 operations\s+6 files: 6 written/);
  });

  it("a FIFO and symbolic-link loops beside the spec neither hang nor invalidate the cache", async () => {
    const r = repo();
    plantHazards(path.join(r.root, "specs/shop"));
    const started = performance.now();
    expect((await r.paygen("generate")).code).toBe(0);
    expect((await r.paygen("generate")).stdout).toContain("(cached)");
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("an ad-hoc --spec at a repository root never walks the folder or node_modules", async () => {
    const r = new TempRepo();
    repos.push(r);
    r.write("api.yaml", SHOP_SPEC);
    plantHazards(r.root);
    plantHazards(path.join(r.root, "node_modules", "some-package"));
    const result = await r.paygen("generate", "--spec", "api.yaml", "--out", "client");
    expect(result.code, result.stderr).toBe(0);
    expect(await readCache(r.root, "client")).toBeUndefined();
  });
});
