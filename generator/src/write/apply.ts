import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PackagePlan } from "./plan.js";

export interface ApplyResult {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Writes every new or changed file of every plan, all or nothing as far as the file system allows:
 * all contents go to temporary siblings first, and only when every one of them is on disk are they
 * renamed over their targets. Unchanged files are not touched.
 */
export async function applyPlans(plans: readonly PackagePlan[]): Promise<Map<string, ApplyResult>> {
  const pending = plans.flatMap((plan) => plan.files.filter((file) => file.status !== "unchanged"));
  const temps: Array<{ temp: string; target: string }> = [];
  try {
    for (const file of pending) {
      await mkdir(path.dirname(file.absolutePath), { recursive: true });
      const temp = path.join(path.dirname(file.absolutePath), `.${path.basename(file.absolutePath)}.paygen-tmp-${process.pid}`);
      temps.push({ temp, target: file.absolutePath });
      await writeFile(temp, file.contents);
    }
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of temps) await rename(temp, target);

  const results = new Map<string, ApplyResult>();
  for (const plan of plans) {
    for (const stale of plan.stale) await rm(stale, { force: true });
    const written = plan.files.filter((file) => file.status !== "unchanged").length;
    results.set(plan.packageDir, { written, unchanged: plan.files.length - written, removed: plan.stale.length });
  }
  return results;
}
