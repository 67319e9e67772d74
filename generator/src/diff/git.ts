import { execFileSync } from "node:child_process";
import path from "node:path";

/** Files of one git revision, read without touching the working tree. */
export class GitRevision {
  private constructor(
    /** Directory git runs in; paths are relative to it. */
    readonly cwd: string,
    /** What the user wrote, e.g. `origin/main`. */
    readonly name: string,
    readonly commit: string,
  ) {}

  /** Undefined when `name` is not a commit of the repository at `cwd` (or git is unavailable). */
  static resolve(cwd: string, name: string): GitRevision | undefined {
    if (name.startsWith("-")) return undefined;
    const commit = git(cwd, ["rev-parse", "--verify", "--quiet", `${name}^{commit}`])
      ?.toString("utf8")
      .trim();
    return commit ? new GitRevision(cwd, name, commit) : undefined;
  }

  /** The bytes of an absolute path at this revision, or undefined when it does not exist there. */
  read(file: string): Uint8Array | undefined {
    return git(this.cwd, ["show", `${this.commit}:./${this.relative(file)}`]);
  }

  /** Names of the entries of a folder at this revision (folders without a trailing slash), sorted. */
  list(dir: string): Array<{ name: string; folder: boolean }> {
    const output = git(this.cwd, ["ls-tree", this.commit, `./${this.relative(dir)}/`]);
    if (!output) return [];
    return output
      .toString("utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [meta, name] = line.split("\t") as [string, string];
        return { name: path.posix.basename(name), folder: meta.split(" ")[1] === "tree" };
      })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  private relative(file: string): string {
    return path.relative(this.cwd, file).split(path.sep).join("/");
  }
}

function git(cwd: string, args: string[]): Buffer | undefined {
  try {
    return execFileSync("git", ["-C", cwd, ...args], {
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
}
