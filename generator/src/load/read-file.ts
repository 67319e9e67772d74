import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { describeIoError } from "../util/io-error.js";
import { formatBytes, LIMITS } from "./limits.js";

/**
 * The bytes of one spec file, or why it cannot be read. Only a regular file is read, and only after
 * fstat says it fits the size limit: a FIFO, a device such as /dev/zero, a directory or a symlink
 * loop is refused without blocking (the open is non-blocking) or reading a byte.
 */
export function readSpecBytes(file: string): { bytes: Buffer } | { diagnostic: Diagnostic } {
  const at = { file, line: 1, column: 1 };
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP")
      return { diagnostic: diagnostic("PG165", "not a regular file: a symbolic link loop", at) };
    if (code === "ENXIO")
      return { diagnostic: diagnostic("PG165", "not a regular file: a socket", at) };
    return { diagnostic: unreadable(file, code) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return {
        diagnostic: diagnostic("PG165", `not a regular file: ${kindOf(stat)}`, at),
      };
    if (stat.size > LIMITS.maxFileBytes) {
      return {
        diagnostic: diagnostic(
          "PG161",
          `the file is ${formatBytes(stat.size)}; spec files may be at most ${formatBytes(LIMITS.maxFileBytes)}`,
          at,
        ),
      };
    }
    // Exactly the size fstat reported: a file that grows while being read cannot push past the limit.
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { diagnostic: unreadable(file, (error as NodeJS.ErrnoException).code) };
  } finally {
    closeSync(fd);
  }
}

/** PG100 at the file itself; the location names the file, the message says why. */
export function unreadable(file: string, code: string | undefined): Diagnostic {
  const reason = describeIoError({ code });
  return diagnostic("PG100", `cannot read this file: ${reason}`, { file, line: 1, column: 1 });
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "another kind of file";
}
