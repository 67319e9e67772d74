import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { GENERATED_MARKER } from "../emit/header.js";
import { describeIoError } from "../util/io-error.js";

/**
 * Decides, before a byte is written, whether paygen may own `dir`: it must not exist yet, be an empty
 * folder, or be a package paygen generated before (its package.json carries the `paygen.generated`
 * header). Anything else — a repository root, a home folder, `/` — is refused with PG181.
 */
export async function checkOutputDir(dir: string): Promise<Diagnostic | undefined> {
  if (path.dirname(dir) === dir) return refuse(dir, "is the root of the file system");
  const stats = await lstat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (stats instanceof Error) {
    if (stats.code === "ENOENT") return undefined;
    return diagnostic(
      "PG180",
      `cannot inspect output folder ${dir}: ${describeIoError(stats)}`,
      undefined,
    );
  }
  if (stats.isSymbolicLink()) return refuse(dir, "is a symbolic link");
  if (!stats.isDirectory()) return refuse(dir, "exists and is not a folder");
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => error);
  if (entries instanceof Error)
    return diagnostic(
      "PG180",
      `cannot list output folder ${dir}: ${describeIoError(entries)}`,
      undefined,
    );
  if (entries.length === 0 || (await isGeneratedPackage(dir))) return undefined;
  const shown = entries.sort().slice(0, 3).join(", ") + (entries.length > 3 ? ", …" : "");
  return refuse(dir, `is not empty (${shown}) and is not a package paygen generated`);
}

/** True when `dir/package.json` is one paygen wrote: its `paygen.generated` field starts with the header. */
export async function isGeneratedPackage(dir: string): Promise<boolean> {
  const text = await readFile(path.join(dir, "package.json"), "utf8").catch(() => undefined);
  if (text === undefined) return false;
  try {
    const generated = (JSON.parse(text) as { paygen?: { generated?: unknown } } | null)?.paygen
      ?.generated;
    return typeof generated === "string" && generated.startsWith(GENERATED_MARKER);
  } catch {
    return false;
  }
}

function refuse(dir: string, why: string): Diagnostic {
  return diagnostic("PG181", `refusing to write into ${dir}: it ${why}`, undefined);
}
