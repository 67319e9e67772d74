import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A scratch folder for file-system tests of the writer. */
export function scratchDir(): { root: string; dispose: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "paygen-write-"));
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** Writes `files` (relative path → contents) under `dir`, creating folders as needed. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, contents] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}

/** Every file under `dir` as relative path → contents; folders appear only through their files. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = readFileSync(full, "utf8");
  }
  return files;
}
