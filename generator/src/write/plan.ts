import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isGeneratedText } from "../emit/header.js";
import type { GeneratedFile } from "../emit/index.js";

export type FileStatus = "new" | "changed" | "unchanged";

export interface PlannedFile {
  absolutePath: string;
  contents: string;
  status: FileStatus;
}

export interface PackagePlan {
  packageDir: string;
  files: PlannedFile[];
  /** Generated files on disk that the spec no longer produces. */
  stale: string[];
}

/** Compares what the generator produced with what is on disk; reads, never writes. */
export async function planPackage(
  packageDir: string,
  files: readonly GeneratedFile[],
): Promise<PackagePlan> {
  const planned = await Promise.all(
    files.map(async (file): Promise<PlannedFile> => {
      const absolutePath = path.join(packageDir, ...file.path.split("/"));
      const current = await readFile(absolutePath, "utf8").catch(() => undefined);
      const status: FileStatus =
        current === undefined ? "new" : current === file.contents ? "unchanged" : "changed";
      return { absolutePath, contents: file.contents, status };
    }),
  );
  const produced = new Set(planned.map((file) => file.absolutePath));
  const stale: string[] = [];
  for (const candidate of await listFiles(path.join(packageDir, "src", "generated"))) {
    if (produced.has(candidate)) continue;
    const text = await readFile(candidate, "utf8").catch(() => "");
    if (isGeneratedText(text)) stale.push(candidate);
  }
  return { packageDir, files: planned, stale: stale.sort() };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
