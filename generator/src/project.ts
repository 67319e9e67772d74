import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostics/index.js";

/** Where the specs and packages of a paygen repository are. */
export interface ProjectLayout {
  root: string;
  specsDir: string;
  packagesDir: string;
}

/** The nearest ancestor of `start` with a `specs/` folder. */
export function findProject(start: string): ProjectLayout | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (isDirectory(path.join(dir, "specs"))) {
      return {
        root: dir,
        specsDir: path.join(dir, "specs"),
        packagesDir: path.join(dir, "packages"),
      };
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Provider ids: folders of specs/, sorted. */
export function listProviders(layout: ProjectLayout): string[] {
  return readdirSync(layout.specsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}

/** The provider's entry file: the one top-level YAML file whose root has an `openapi` key. */
export function findEntryFile(
  layout: ProjectLayout,
  provider: string,
): { file?: string; diagnostics: Diagnostic[] } {
  const dir = path.join(layout.specsDir, provider);
  if (!isDirectory(dir)) {
    return { diagnostics: [diagnostic("PG107", `no spec folder specs/${provider}`, undefined)] };
  }
  const preferred = path.join(dir, "openapi.yaml");
  if (existsSync(preferred)) return { file: preferred, diagnostics: [] };
  const candidates = readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => path.join(dir, name))
    .filter((file) => /^openapi\s*:/m.test(readFileSync(file, "utf8")));
  if (candidates.length === 1) return { file: candidates[0]!, diagnostics: [] };
  if (candidates.length === 0) {
    const message = `specs/${provider} has no top-level YAML file with an \`openapi\` key`;
    return { diagnostics: [diagnostic("PG107", message, undefined)] };
  }
  // Located at the second entry file: the first one found is the one a reader expects.
  const message = `specs/${provider} has several entry files: ${candidates.map((c) => path.basename(c)).join(", ")}`;
  return {
    diagnostics: [diagnostic("PG107", message, { file: candidates[1]!, line: 1, column: 1 })],
  };
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `file` is part of a provider's spec (specs/<provider>/…), held to every house rule. */
export function isInSpecsFolder(layout: ProjectLayout, file: string): boolean {
  const relative = path.relative(layout.specsDir, path.resolve(file)).split(path.sep);
  return relative.length >= 2 && relative[0] !== ".." && !path.isAbsolute(relative[0]!);
}
