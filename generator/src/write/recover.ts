import { lstat, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { LEGACY_TEMP_FILE, swapFolders } from "./siblings.js";

/**
 * Finishes or undoes a swap that a killed run left behind, so the package is complete (old or new)
 * and no staging, ready or backup folder and no legacy temp file remains. A complete `ready` folder is
 * rolled forward; a `staging` folder (never complete) is deleted. Returns true when anything was done.
 */
export async function recoverPackage(packageDir: string): Promise<boolean> {
  const folders = swapFolders(packageDir);
  let acted = false;
  const siblings = await readdir(folders.parent).catch(() => [] as string[]);
  for (const name of siblings.filter((entry) => entry.startsWith(folders.stagingPrefix))) {
    await rm(path.join(folders.parent, name), {
      recursive: true,
      // Stryker disable next-line BooleanLiteral: `force` only matters for a folder gone since it was listed
      force: true,
    });
    acted = true;
  }
  if (await exists(folders.ready)) {
    if (await exists(folders.live)) {
      await rm(folders.backup, { recursive: true, force: true });
      await rename(folders.live, folders.backup);
    }
    await rename(folders.ready, folders.live);
    acted = true;
  }
  if (await exists(folders.backup)) {
    if (await exists(folders.live))
      await rm(folders.backup, {
        recursive: true,
        // Stryker disable next-line BooleanLiteral: the backup was just seen, so `force` changes nothing
        force: true,
      });
    else await rename(folders.backup, folders.live);
    acted = true;
  }
  return (await sweepLegacyTempFiles(packageDir)) || acted;
}

async function sweepLegacyTempFiles(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let swept = false;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules")
      swept = (await sweepLegacyTempFiles(full)) || swept;
    else if (entry.isFile() && LEGACY_TEMP_FILE.test(entry.name)) {
      // Stryker disable next-line BooleanLiteral,ObjectLiteral: the file was just listed; `force` only covers a race
      await rm(full, { force: true });
      swept = true;
    }
  }
  return swept;
}

async function exists(target: string): Promise<boolean> {
  return lstat(target).then(
    () => true,
    () => false,
  );
}
