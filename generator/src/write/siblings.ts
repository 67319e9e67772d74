import path from "node:path";

/**
 * The folders a package swap uses, beside the package so every rename stays on one file system:
 * `.<name>.paygen-staging-<pid>` while the new package is assembled, `.<name>.paygen-ready` once it is
 * complete (the commit point), `.<name>.paygen-backup` for the old package while it is swapped out.
 */
export interface SwapFolders {
  live: string;
  parent: string;
  stagingPrefix: string;
  staging: string;
  ready: string;
  backup: string;
}

export function swapFolders(packageDir: string): SwapFolders {
  const parent = path.dirname(packageDir);
  const base = path.basename(packageDir);
  const stagingPrefix = `.${base}.paygen-staging-`;
  return {
    live: packageDir,
    parent,
    stagingPrefix,
    staging: path.join(parent, `${stagingPrefix}${process.pid}`),
    ready: path.join(parent, `.${base}.paygen-ready`),
    backup: path.join(parent, `.${base}.paygen-backup`),
  };
}

/** Temp files of the file-by-file writer of earlier paygen versions: `.<file>.paygen-tmp-<pid>`. */
export const LEGACY_TEMP_FILE = /^\..+\.paygen-tmp-\d+$/;
