/** What a file-system error code means, for reading specs and writing packages alike. */
const EXPLANATIONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "a folder is in the way",
  ENAMETOOLONG: "path too long",
  EEXIST: "something is already there",
  ENOTEMPTY: "a folder is in the way",
  EBUSY: "resource busy",
  EMFILE: "too many open files",
};

/** "read-only file system (EROFS)": the reason without the stack or the syscall's noise. */
export function describeIoError(error: { code?: string | undefined }): string {
  const code = error.code ?? "EIO";
  return `${EXPLANATIONS[code] ?? "input/output error"} (${code})`;
}
