import { lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureDir } from "./ensure-dir.js";
import { OutputError } from "./io-error.js";
import { linkTree } from "./link-tree.js";
import type { PackagePlan } from "./plan.js";
import { swapFolders } from "./siblings.js";

export interface ApplyResult {
  written: number;
  unchanged: number;
  removed: number;
}

/** The steps of one package swap, in order; a fault hook may stop the process after any of them. */
export const SWAP_STEPS = [
  "staging folder created",
  "old package linked into staging",
  "new files written into staging",
  "staging marked ready",
  "old package moved to backup",
  "new package moved live",
  "backup removed",
] as const;

export interface ApplyOptions {
  /** Called after each step (1-based index into SWAP_STEPS) of each package; for crash tests. */
  afterStep?: (step: number) => void;
}

/**
 * Writes each plan's package all or nothing. The new package is assembled in a staging folder beside
 * the old one (unchanged and hand-written files hard-linked, new and changed files written, stale
 * generated files left out), renamed to `ready` once complete, and swapped in with two renames. A kill
 * at any instant leaves the complete old package, the complete new one, or (between the two renames)
 * the complete new one in `ready`, which `recoverPackage` moves live on the next run. Packages are
 * swapped one after another: each is atomic, a run over several is not. A package with nothing new or
 * stale is not touched.
 */
export async function applyPlans(
  plans: readonly PackagePlan[],
  options: ApplyOptions = {},
): Promise<Map<string, ApplyResult>> {
  const afterStep = options.afterStep ?? faultHookFromEnvironment();
  const results = new Map<string, ApplyResult>();
  for (const plan of plans) results.set(plan.packageDir, await swapPackage(plan, afterStep));
  return results;
}

async function swapPackage(
  plan: PackagePlan,
  afterStep: (step: number) => void,
): Promise<ApplyResult> {
  const changed = plan.files.filter((file) => file.status !== "unchanged");
  const result = {
    written: changed.length,
    unchanged: plan.files.length - changed.length,
    removed: plan.stale.length,
  };
  if (changed.length === 0 && plan.stale.length === 0) return result;

  const folders = swapFolders(plan.packageDir);
  try {
    await ensureDir(folders.parent);
    await rm(folders.staging, { recursive: true, force: true });
    await mkdir(folders.staging);
    afterStep(1);
    const replaced = new Set([...changed.map((file) => file.absolutePath), ...plan.stale]);
    await linkTree(folders.live, folders.staging, (file) => replaced.has(file));
    afterStep(2);
    for (const file of changed) {
      const target = path.join(folders.staging, path.relative(folders.live, file.absolutePath));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.contents);
    }
    afterStep(3);
    await rename(folders.staging, folders.ready);
    afterStep(4);
  } catch (error) {
    await rm(folders.staging, {
      recursive: true,
      // Stryker disable next-line BooleanLiteral: a missing staging folder's ENOENT is swallowed below
      force: true,
    }).catch(() => undefined);
    throw asOutputError(error, folders.live);
  }
  // The new package is complete in `ready`: from here on, recovery rolls forward.
  try {
    if (
      await lstat(folders.live).then(
        () => true,
        // Stryker disable next-line ArrowFunction: `() => undefined` is as false in this `if`
        () => false,
      )
    )
      await rename(folders.live, folders.backup);
    afterStep(5);
    await rename(folders.ready, folders.live);
    afterStep(6);
    await rm(folders.backup, { recursive: true, force: true });
    afterStep(7);
  } catch (error) {
    throw asOutputError(error, folders.live);
  }
  return result;
}

function asOutputError(error: unknown, packageDir: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !code.startsWith("E")) return error;
  return new OutputError(packageDir, error as NodeJS.ErrnoException);
}

/**
 * `PAYGEN_FAULT_AFTER_STEP=n` kills the process (SIGKILL, no clean-up) after step n: crash tests only.
 * Unset, empty or not a step number, it never matches a step (NaN, 0, 1.5 and 8 equal none of 1–7).
 */
function faultHookFromEnvironment(): (step: number) => void {
  const after = Number(process.env["PAYGEN_FAULT_AFTER_STEP"]);
  return (step) => {
    if (step === after) process.kill(process.pid, "SIGKILL");
  };
}
