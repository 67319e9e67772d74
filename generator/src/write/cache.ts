import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Remembers, per package, the fingerprint of everything generation depends on (the generator's
 * own code, templates and pinned dependencies; every file of the spec folder) and the sha256 of each
 * file it wrote. When both still match, the package is current and generation is skipped without
 * loading the pipeline. The cache lives in node_modules/.cache, never in the repository's content.
 */
export interface CacheEntry {
  fingerprint: string;
  operations: number;
  /** Absolute path → sha256 of the contents written. */
  files: Record<string, string>;
}

const GENERATOR_ROOT = fileURLToPath(new URL("../../", import.meta.url));
let generatorFingerprint: Promise<string> | undefined;

export function cacheDir(root: string): string {
  return path.join(root, "node_modules", ".cache", "paygen");
}

export async function fingerprint(specDir: string, extra: string): Promise<string> {
  generatorFingerprint ??= hashTree([path.join(GENERATOR_ROOT, "dist"), path.join(GENERATOR_ROOT, "templates"), path.join(GENERATOR_ROOT, "package.json")], /\.(js|hbs|json)$/);
  const hash = createHash("sha256").update(await generatorFingerprint).update("\0").update(extra).update("\0");
  hash.update(await hashTree([specDir], /./));
  return hash.digest("hex");
}

export async function readCache(root: string, key: string): Promise<CacheEntry | undefined> {
  try {
    return JSON.parse(await readFile(path.join(cacheDir(root), `${key}.json`), "utf8")) as CacheEntry;
  } catch {
    return undefined;
  }
}

export async function writeCache(root: string, key: string, entry: CacheEntry): Promise<void> {
  await mkdir(cacheDir(root), { recursive: true }).catch(() => undefined);
  await writeFile(path.join(cacheDir(root), `${key}.json`), JSON.stringify(entry)).catch(() => undefined);
}

/**
 * True when every file the entry recorded still has the recorded contents and the generated folder
 * holds nothing else (an extra file there must be cleaned up by a real run).
 */
export async function isCurrent(entry: CacheEntry, expectedFingerprint: string, generatedDir: string): Promise<boolean> {
  if (entry.fingerprint !== expectedFingerprint) return false;
  const present = await readdir(generatedDir, { recursive: true, withFileTypes: true }).catch(() => []);
  if (present.some((dirent) => dirent.isFile() && !(path.join(dirent.parentPath, dirent.name) in entry.files))) return false;
  for (const [file, sha] of Object.entries(entry.files)) {
    const contents = await readFile(file).catch(() => undefined);
    if (!contents || sha256(contents) !== sha) return false;
  }
  return Object.keys(entry.files).length > 0;
}

export function sha256(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex");
}

async function hashTree(roots: string[], include: RegExp): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (target: string): Promise<void> => {
    const entries = await readdir(target, { withFileTypes: true }).catch(() => undefined);
    if (!entries) {
      const contents = await readFile(target).catch(() => undefined);
      if (contents && include.test(target)) hash.update(target).update("\0").update(contents).update("\0");
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name === ".tsbuildinfo") continue;
      await visit(path.join(target, entry.name));
    }
  };
  for (const root of roots) await visit(root);
  return hash.digest("hex");
}
