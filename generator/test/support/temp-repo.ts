import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";

/** A throwaway paygen repository: specs/<provider>/… and packages/. */
export class TempRepo {
  readonly root: string;

  constructor(from?: TempRepo) {
    this.root = mkdtempSync(path.join(tmpdir(), "paygen-test-"));
    if (from) cpSync(from.root, this.root, { recursive: true });
    mkdirSync(path.join(this.root, "specs"), { recursive: true });
  }

  write(relativePath: string, contents: string | Uint8Array): void {
    const file = path.join(this.root, relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }

  read(relativePath: string): string {
    return readFileSync(path.join(this.root, relativePath), "utf8");
  }

  /** Replaces a provider's spec folder with the given files. */
  setSpec(provider: string, files: Record<string, string | Uint8Array>): void {
    rmSync(path.join(this.root, "specs", provider), { recursive: true, force: true });
    for (const [name, contents] of Object.entries(files))
      this.write(path.join("specs", provider, name), contents);
  }

  async paygen(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, this.root);
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  }

  /** sha256 over every file under a folder (names and bytes), to prove nothing changed. */
  hashTree(relativeDir: string): string {
    const hash = createHash("sha256");
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else
          hash
            .update(path.relative(this.root, full))
            .update("\0")
            .update(readFileSync(full))
            .update("\0");
      }
    };
    walk(path.join(this.root, relativeDir));
    return hash.digest("hex");
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
