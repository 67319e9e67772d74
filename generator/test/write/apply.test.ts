import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GENERATED_MARKER } from "../../src/emit/header.js";
import {
  applyPlans,
  OutputError,
  planPackage,
  recoverPackage,
  SWAP_STEPS,
} from "../../src/write/index.js";
import { readTree, scratchDir, writeTree } from "./tree.js";

const HEADER = `// ${GENERATED_MARKER}spec.yaml. Do not edit.\n`;

describe("planPackage", () => {
  let scratch: ReturnType<typeof scratchDir>;
  beforeEach(() => (scratch = scratchDir()));
  afterEach(() => scratch.dispose());

  it("marks files new, changed or unchanged, and lists only generated files it no longer produces", async () => {
    const dir = path.join(scratch.root, "client");
    writeTree(dir, {
      "package.json": "same",
      "src/generated/client.ts": `${HEADER}old`,
      "src/generated/z-dropped.ts": `${HEADER}dropped`,
      "src/generated/nested/a-dropped.ts": `${HEADER}dropped`,
      "src/generated/hand-written.ts": "// mine\n",
      "src/dropped-outside-generated.ts": `${HEADER}kept`,
    });
    const plan = await planPackage(dir, [
      { path: "package.json", contents: "same" },
      { path: "src/generated/client.ts", contents: `${HEADER}new` },
      { path: "src/generated/types.ts", contents: `${HEADER}types` },
    ]);
    expect(plan.packageDir).toBe(dir);
    expect(plan.files).toEqual([
      { absolutePath: path.join(dir, "package.json"), contents: "same", status: "unchanged" },
      {
        absolutePath: path.join(dir, "src/generated/client.ts"),
        contents: `${HEADER}new`,
        status: "changed",
      },
      {
        absolutePath: path.join(dir, "src/generated/types.ts"),
        contents: `${HEADER}types`,
        status: "new",
      },
    ]);
    expect(plan.stale).toEqual([
      path.join(dir, "src/generated/nested/a-dropped.ts"),
      path.join(dir, "src/generated/z-dropped.ts"),
    ]);
  });
});

describe("applyPlans", () => {
  let scratch: ReturnType<typeof scratchDir>;
  let dir: string;
  beforeEach(() => {
    scratch = scratchDir();
    dir = path.join(scratch.root, "packages", "client");
  });
  afterEach(() => scratch.dispose());

  it("swaps in the new package after every step in order, keeping hand-written files as the same file", async () => {
    writeTree(dir, {
      "package.json": "same",
      "src/generated/client.ts": `${HEADER}old`,
      "src/generated/dropped.ts": `${HEADER}dropped`,
      "src/hand.ts": "mine",
      "src/.hand.ts.paygen-tmp-12": "legacy",
    });
    symlinkSync("hand.ts", path.join(dir, "src/link.ts"));
    execFileSync("mkfifo", [path.join(dir, "pipe")]);
    const handInode = statSync(path.join(dir, "src/hand.ts")).ino;
    const plan = await planPackage(dir, [
      { path: "package.json", contents: "same" },
      { path: "src/generated/client.ts", contents: `${HEADER}new` },
      { path: "src/generated/deep/types.ts", contents: `${HEADER}types` },
    ]);
    const steps: number[] = [];
    const results = await applyPlans([plan], { afterStep: (step) => steps.push(step) });

    expect(steps).toEqual(SWAP_STEPS.map((_, index) => index + 1));
    expect([...results]).toEqual([[dir, { written: 2, unchanged: 1, removed: 1 }]]);
    expect(readTree(dir)).toEqual({
      "package.json": "same",
      "src/generated/client.ts": `${HEADER}new`,
      "src/generated/deep/types.ts": `${HEADER}types`,
      "src/hand.ts": "mine",
    });
    expect(statSync(path.join(dir, "src/hand.ts")).ino).toBe(handInode);
    expect(lstatSync(path.join(dir, "src/link.ts")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, "src/link.ts"))).toBe("hand.ts");
    expect(existsSync(path.join(dir, "pipe"))).toBe(false);
    expect(readdirSync(path.dirname(dir))).toEqual(["client"]);
  });

  it("creates a package whose parent folders do not exist yet", async () => {
    const deep = path.join(scratch.root, "a", "b", "client");
    const plan = await planPackage(deep, [{ path: "package.json", contents: "new" }]);
    const results = await applyPlans([plan], { afterStep: () => undefined });
    expect(results.get(deep)).toEqual({ written: 1, unchanged: 0, removed: 0 });
    expect(readTree(deep)).toEqual({ "package.json": "new" });
    expect(readdirSync(path.dirname(deep))).toEqual(["client"]);
  });

  it("does not touch a package with nothing new or stale", async () => {
    writeTree(dir, { "package.json": "same" });
    const inode = statSync(path.join(dir, "package.json")).ino;
    const steps: number[] = [];
    const plan = await planPackage(dir, [{ path: "package.json", contents: "same" }]);
    const results = await applyPlans([plan], { afterStep: (step) => steps.push(step) });
    expect(results.get(dir)).toEqual({ written: 0, unchanged: 1, removed: 0 });
    expect(steps).toEqual([]);
    expect(statSync(path.join(dir, "package.json")).ino).toBe(inode);
  });

  it("a failure before the commit point removes the staging folder and leaves the old package", async () => {
    writeTree(dir, { "package.json": "old" });
    const plan = await planPackage(dir, [{ path: "package.json", contents: "new" }]);
    const failure = await applyPlans([plan], {
      afterStep: (step) => {
        if (step === 3) throw new Error("stop");
      },
    }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe("stop");
    expect(readTree(dir)).toEqual({ "package.json": "old" });
    expect(readdirSync(path.dirname(dir))).toEqual(["client"]);
  });

  it("replaces a staging folder an earlier run of this process left behind", async () => {
    writeTree(dir, { "package.json": "old" });
    writeTree(path.join(path.dirname(dir), `.client.paygen-staging-${process.pid}`), {
      "leftover/file.ts": "partial",
    });
    const plan = await planPackage(dir, [{ path: "package.json", contents: "new" }]);
    await applyPlans([plan], { afterStep: () => undefined });
    expect(readTree(dir)).toEqual({ "package.json": "new" });
    expect(readdirSync(path.dirname(dir))).toEqual(["client"]);
  });

  it("file-system failures become OutputErrors, before and after the commit point; other errors pass through", async () => {
    writeTree(dir, { "package.json": "old" });
    const failAt = async (failing: number, error: Error): Promise<unknown> => {
      const plan = await planPackage(dir, [{ path: "package.json", contents: `new ${failing}` }]);
      return applyPlans([plan], {
        afterStep: (step) => {
          if (step === failing) throw error;
        },
      }).catch((caught: unknown) => caught);
    };
    const noSpace = Object.assign(new Error("raw"), { code: "ENOSPC" });
    const before = await failAt(2, noSpace);
    expect(before).toBeInstanceOf(OutputError);
    expect((before as OutputError).message).toBe(
      `cannot write the package ${dir}: no space left on device (ENOSPC)`,
    );
    expect(readTree(dir)).toEqual({ "package.json": "old" });

    const after = await failAt(5, noSpace);
    expect(after).toBeInstanceOf(OutputError);
    // Killed between the two renames: the complete new package waits in `ready` for recovery.
    expect(readdirSync(path.dirname(dir)).sort()).toEqual([
      ".client.paygen-backup",
      ".client.paygen-ready",
    ]);

    expect(await recoverPackage(dir)).toBe(true);
    expect(readTree(dir)).toEqual({ "package.json": "new 5" });

    const odd = Object.assign(new Error("not from the file system"), { code: "NOT_IO" });
    expect(await failAt(1, odd)).toBe(odd);
  });

  describe("PAYGEN_FAULT_AFTER_STEP, the crash tests' hook", () => {
    afterEach(() => {
      delete process.env["PAYGEN_FAULT_AFTER_STEP"];
    });
    const runWith = async (setting: string): Promise<unknown[][]> => {
      process.env["PAYGEN_FAULT_AFTER_STEP"] = setting;
      const kill = vi.spyOn(process, "kill").mockImplementation(() => true);
      const plan = await planPackage(dir, [{ path: "package.json", contents: setting }]);
      await applyPlans([plan]);
      const calls = [...kill.mock.calls];
      kill.mockRestore();
      return calls;
    };

    it("kills the process once, after the named step", async () => {
      expect(await runWith("1")).toEqual([[process.pid, "SIGKILL"]]);
      expect(await runWith("7")).toEqual([[process.pid, "SIGKILL"]]);
    });

    it("does nothing for an empty, zero, fractional or unused step", async () => {
      for (const setting of ["", "0", "-1", "1.5", "8", "x"])
        expect(await runWith(setting)).toEqual([]);
      expect(readTree(dir)).toEqual({ "package.json": "x" });
    });
  });
});
