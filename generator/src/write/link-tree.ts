import { copyFile, link, lstat, mkdir, readdir, readlink, symlink, utimes } from "node:fs/promises";
import path from "node:path";
import { LEGACY_TEMP_FILE } from "./siblings.js";

/**
 * Recreates the tree at `source` under `destination` without copying contents: files are hard
 * links (same inode, same mtime, so an unchanged file is not rewritten), symbolic links are
 * recreated as links. Files for which `skip` is true, legacy temp files and anything that is not a
 * file, folder or link (FIFOs, sockets) are left out. A missing `source` is an empty tree.
 */
export async function linkTree(
  source: string,
  destination: string,
  skip: (file: string) => boolean,
): Promise<void> {
  const entries = await readdir(source, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  for (const entry of entries) {
    const from = path.join(source, entry.name);
    const to = path.join(destination, entry.name);
    if (entry.isDirectory()) {
      await mkdir(to);
      await linkTree(from, to, skip);
    } else if (entry.isSymbolicLink()) {
      await symlink(await readlink(from), to);
    } else if (entry.isFile() && !skip(from) && !LEGACY_TEMP_FILE.test(entry.name)) {
      await link(from, to).catch(async () => {
        // File systems without hard links: copy, keeping the modification time.
        await copyFile(from, to);
        const stats = await lstat(from);
        await utimes(to, stats.atime, stats.mtime);
      });
    }
  }
}
