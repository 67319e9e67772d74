import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Remembers, per package, the fingerprint of everything generation depends on — the generator's own
 * code, templates and pinned dependencies, and exactly the spec files the loader read last time
 * (`inputs`), never the folders around them — and the sha256 of each file it wrote. When both still
 * match, the package is current and generation is skipped without loading the pipeline. A new `$ref`
 * can only appear by editing an input, which changes the fingerprint. The cache lives in
 * node_modules/.cache, never in the repository's content; ad-hoc `--spec` runs do not use it.
 */
export interface CacheEntry {
  fingerprint: string;
  /** Absolute paths of the spec files the loader read. */
  inputs: string[];
  operations: number;
  /** Absolute path → sha256 of the contents written. */
  files: Record<string, string>;
}

const GENERATOR_ROOT = fileURLToPath(new URL("../../", import.meta.url));
let generatorFingerprint: Promise<string> | undefined;

export function cacheDir(root: string): string {
  return path.join(root, "node_modules", ".cache", "paygen");
}

/**
 * The fingerprint of a generation from `inputs` with the given extra key; undefined when an input is
 * gone or is not a regular file (a FIFO is never opened), which makes the entry stale.
 */
export async function fingerprint(
  inputs: readonly string[],
  extra: string,
): Promise<string | undefined> {
  generatorFingerprint ??= hashGenerator(GENERATOR_ROOT);
  const hash = createHash("sha256")
    .update(await generatorFingerprint)
    .update("\0")
    .update(extra)
    .update("\0");
  for (const input of [...inputs].sort()) {
    const isFile = await stat(input).then(
      (stats) => stats.isFile(),
      () => false,
    );
    const contents = isFile ? await readFile(input).catch(() => undefined) : undefined;
    if (!contents) return undefined;
    hash.update(input).update("\0").update(contents).update("\0");
  }
  return hash.digest("hex");
}

export async function readCache(root: string, key: string): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(
      await readFile(path.join(cacheDir(root), `${key}.json`), "utf8"),
    ) as Partial<CacheEntry>;
    return Array.isArray(entry.inputs) && entry.inputs.length > 0
      ? (entry as CacheEntry)
      : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCache(root: string, key: string, entry: CacheEntry): Promise<void> {
  await mkdir(cacheDir(root), { recursive: true }).catch(() => undefined);
  await writeFile(path.join(cacheDir(root), `${key}.json`), JSON.stringify(entry)).catch(
    () => undefined,
  );
}

/**
 * True when every file the entry recorded still has the recorded contents and the generated folder
 * holds nothing else (an extra file there must be cleaned up by a real run).
 */
export async function isCurrent(
  entry: CacheEntry,
  expectedFingerprint: string | undefined,
  generatedDir: string,
): Promise<boolean> {
  if (expectedFingerprint === undefined || entry.fingerprint !== expectedFingerprint) return false;
  const present = await readdir(generatedDir, { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  if (
    present.some(
      (dirent) => dirent.isFile() && !(path.join(dirent.parentPath, dirent.name) in entry.files),
    )
  )
    return false;
  for (const [file, sha] of Object.entries(entry.files)) {
    const contents = await readFile(file).catch(() => undefined);
    if (!contents || sha256(contents) !== sha) return false;
  }
  return Object.keys(entry.files).length > 0;
}

export function sha256(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex");
}

/**
 * The generator's compiled code (`dist/**\/*.js`), templates (`templates/**\/*.hbs`) and package.json
 * under `generatorRoot`; regular files only, links not followed, in name order.
 */
export async function hashGenerator(generatorRoot: string): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (dir: string, include: RegExp): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full, include);
      else if (entry.isFile() && include.test(entry.name))
        hash
          .update(full)
          .update("\0")
          .update(await readFile(full))
          .update("\0");
    }
  };
  await visit(path.join(generatorRoot, "dist"), /\.js$/);
  await visit(path.join(generatorRoot, "templates"), /\.hbs$/);
  hash.update(await readFile(path.join(generatorRoot, "package.json")));
  return hash.digest("hex");
}
