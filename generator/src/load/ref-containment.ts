import { realpathSync } from "node:fs";
import path from "node:path";
import type { DiagnosticCode } from "../diagnostics/index.js";

/** A URL scheme (`http:`, `https:`, `file:`, `data:`, …): paygen never fetches. */
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export interface RefRoot {
  /** Folder every file of the spec must be inside: the entry file's folder, or `--root`. */
  folder: string;
  /** Whether the files are on disk, where symbolic links are resolved before the check. */
  onDisk: boolean;
}

/**
 * Why the file part of an external `$ref` may not be read, or undefined when it may. A spec is
 * untrusted: its refs name only files inside its root folder, after symbolic links are resolved.
 */
export function refusedRef(
  filePart: string,
  resolvedFile: string,
  root: RefRoot,
): { code: DiagnosticCode; message: string } | undefined {
  if (URL_SCHEME.test(filePart)) {
    return {
      code: "PG166",
      message: `$ref ${filePart} is a URL; paygen reads only files inside the spec's folder`,
    };
  }
  if (path.isAbsolute(filePart) || filePart.startsWith("\\")) {
    return {
      code: "PG167",
      message: `$ref ${filePart} is an absolute path; refer to files relative to the spec`,
    };
  }
  if (!isInside(root.folder, resolvedFile)) {
    return {
      code: "PG167",
      message: `$ref ${filePart} leaves the spec's root folder ${root.folder}`,
    };
  }
  if (!root.onDisk) return undefined;
  let real: string;
  try {
    real = realpathSync(resolvedFile);
  } catch (error) {
    // A missing file is reported by the reader; a loop is not a file.
    if ((error as NodeJS.ErrnoException).code === "ELOOP")
      return {
        code: "PG165",
        message: `$ref ${filePart}: not a regular file: a symbolic link loop`,
      };
    return undefined;
  }
  if (!isInside(realFolder(root.folder), real)) {
    return {
      code: "PG167",
      message: `$ref ${filePart} is a symbolic link to ${real}, outside the spec's root folder ${root.folder}`,
    };
  }
  return undefined;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return (
    relative !== "" &&
    !relative.startsWith(`..${path.sep}`) &&
    relative !== ".." &&
    !path.isAbsolute(relative)
  );
}

const realFolders = new Map<string, string>();
function realFolder(folder: string): string {
  let real = realFolders.get(folder);
  if (real === undefined) {
    try {
      real = realpathSync(folder);
    } catch {
      real = folder;
    }
    realFolders.set(folder, real);
  }
  return real;
}
