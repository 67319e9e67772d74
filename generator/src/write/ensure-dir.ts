import { mkdir } from "node:fs/promises";
import path from "node:path";

/**
 * `mkdir -p` one level at a time. Node's `mkdir(…, { recursive: true })` retries forever where the
 * kernel answers ENOENT for a folder whose parent exists (e.g. under /proc), so it is not used for
 * folders named by the user.
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const made = await mkdir(current).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST") return false;
        if (error.code === "ENOENT" && path.dirname(current) !== current && missing.length < 4096)
          return undefined;
        throw error;
      },
    );
    if (made === undefined) {
      missing.push(current);
      continue;
    }
    break;
  }
  for (const folder of missing.reverse()) await mkdir(folder);
}
