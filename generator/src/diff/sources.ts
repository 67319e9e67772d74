import { statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/index.js";
import { loadSpec, loadSpecFrom, type LoadedSpec } from "../load/index.js";
import { findEntryFile, listProviders, type ProjectLayout } from "../project.js";
import { GitRevision } from "./git.js";
import { UsageError } from "../diagnostics/index.js";

/** One side of a comparison: a spec in the working tree or at a git revision. */
export interface SpecSource {
  /** How reports name it: `specs/omise/openapi.yaml`, `origin/main:specs/omise/openapi.yaml`. */
  label: string;
  /** Absolute path of the entry file (for a revision: where it would be in the working tree). */
  entryFile: string;
  /** Set when the spec is read from git. */
  revision?: GitRevision;
  load(): Promise<{ spec?: LoadedSpec; diagnostics: Diagnostic[] }>;
}

/** What `paygen diff` compares: one provider's spec before and after (a side is absent when added/removed). */
export interface Comparison {
  provider: string;
  base?: SpecSource;
  revision?: SpecSource;
}

export interface DiffArguments {
  positionals: string[];
  base?: string;
  layout: ProjectLayout | undefined;
  cwd: string;
}

/**
 * `--base <rev> [provider…]`: each provider's spec at rev against the working tree.
 * `<old> <new>`: each a spec file, a provider name, `<rev>:<file>`, or (both) whole git revisions.
 */
export function resolveComparisons(args: DiffArguments): Comparison[] {
  const { layout } = args;
  if (args.base !== undefined) {
    const project = requireLayout(layout, "--base");
    const revision = resolveRevision(project.root, args.base);
    return compareRevisions(project, revision, undefined, args.positionals);
  }
  if (args.positionals.length !== 2)
    throw new UsageError(
      "expected <old> <new> (spec files, provider names or git revisions), or --base <revision>",
    );
  const [old, current] = args.positionals as [string, string];
  const oldRevision = asWholeRevision(old, args);
  const newRevision = asWholeRevision(current, args);
  if (oldRevision && newRevision)
    return compareRevisions(requireLayout(layout, "revisions"), oldRevision, newRevision, []);
  if (oldRevision || newRevision) {
    throw new UsageError(
      `cannot compare a whole revision with one spec; write <revision>:<file> (e.g. ${old}:specs/<provider>/openapi.yaml)`,
    );
  }
  const base = singleSource(old, args);
  const revision = singleSource(current, args);
  return [{ provider: providerOf([revision.entryFile, base.entryFile], layout), base, revision }];
}

const SPEC_FILE = /\.(ya?ml|json)$/i;

function requireLayout(layout: ProjectLayout | undefined, what: string): ProjectLayout {
  if (!layout)
    throw new UsageError(
      `${what} needs a paygen repository (a folder with specs/); run inside one or pass --root`,
    );
  return layout;
}

function resolveRevision(root: string, name: string): GitRevision {
  const revision = GitRevision.resolve(root, name);
  if (!revision) throw new UsageError(`"${name}" is not a git revision of ${root}`);
  return revision;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isProvider(name: string, layout: ProjectLayout | undefined): boolean {
  return layout !== undefined && /^[\w.-]+$/.test(name) && listProviders(layout).includes(name);
}

/** A bare revision name (not a file, not a provider, no `:`) that git knows. */
function asWholeRevision(
  argument: string,
  { cwd, layout }: DiffArguments,
): GitRevision | undefined {
  if (
    argument.includes(":") ||
    isFile(path.resolve(cwd, argument)) ||
    isProvider(argument, layout) ||
    !layout
  )
    return undefined;
  return GitRevision.resolve(layout.root, argument);
}

function singleSource(argument: string, { cwd, layout }: DiffArguments): SpecSource {
  const file = path.resolve(cwd, argument);
  if (isFile(file)) return workingTreeSource(file, cwd);
  if (isProvider(argument, layout)) {
    const entry = findEntryFile(layout!, argument);
    if (!entry.file) throw new UsageError(entry.diagnostics.map((d) => d.message).join("; "));
    return workingTreeSource(entry.file, cwd);
  }
  const colon = argument.indexOf(":");
  if (colon > 0) {
    const revision = GitRevision.resolve(cwd, argument.slice(0, colon));
    if (revision)
      return revisionSource(revision, path.resolve(cwd, argument.slice(colon + 1)), cwd);
  }
  // A spec file that is missing or unreadable is an input problem (exit 3), not a usage error.
  if (SPEC_FILE.test(argument)) return workingTreeSource(file, cwd);
  const known = layout ? ` (providers: ${listProviders(layout).join(", ")})` : "";
  throw new UsageError(
    `"${argument}" is not a spec file, a provider, or <revision>:<file>${known}`,
  );
}

function display(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join("/") || ".";
}

function workingTreeSource(file: string, cwd: string): SpecSource {
  return { label: display(file, cwd), entryFile: file, load: () => loadSpec(file) };
}

function revisionSource(revision: GitRevision, file: string, cwd: string): SpecSource {
  return {
    label: `${revision.name}:${display(file, cwd)}`,
    entryFile: file,
    revision,
    load: async () => loadSpecFrom(file, (f) => revision.read(f)),
  };
}

/** Every provider of either side; `current` undefined means the working tree. */
function compareRevisions(
  layout: ProjectLayout,
  old: GitRevision,
  current: GitRevision | undefined,
  only: string[],
): Comparison[] {
  const providersAt = (revision: GitRevision | undefined) =>
    revision
      ? revision
          .list(layout.specsDir)
          .filter((e) => e.folder && !e.name.startsWith("."))
          .map((e) => e.name)
      : listProviders(layout);
  const before = providersAt(old);
  const after = providersAt(current);
  const all = [...new Set([...before, ...after])].sort();
  const unknown = only.filter((p) => !all.includes(p));
  if (unknown.length > 0)
    throw new UsageError(`unknown provider ${unknown.join(", ")} (known: ${all.join(", ")})`);
  const cwd = layout.root;
  const source = (revision: GitRevision | undefined, provider: string): SpecSource | undefined => {
    if (!revision) {
      const entry = findEntryFile(layout, provider);
      return entry.file ? workingTreeSource(entry.file, cwd) : undefined;
    }
    const file = entryFileAt(revision, layout, provider);
    return file ? revisionSource(revision, file, cwd) : undefined;
  };
  return all
    .filter((provider) => only.length === 0 || only.includes(provider))
    .map((provider) => ({
      provider,
      ...optional("base", before.includes(provider) ? source(old, provider) : undefined),
      ...optional("revision", after.includes(provider) ? source(current, provider) : undefined),
    }));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}

/** The same rule as findEntryFile, applied to a revision's tree. */
function entryFileAt(
  revision: GitRevision,
  layout: ProjectLayout,
  provider: string,
): string | undefined {
  const dir = path.join(layout.specsDir, provider);
  const names = revision
    .list(dir)
    .filter((e) => !e.folder)
    .map((e) => e.name);
  if (names.includes("openapi.yaml")) return path.join(dir, "openapi.yaml");
  const candidates = names
    .filter((name) => /\.ya?ml$/i.test(name))
    .map((name) => path.join(dir, name))
    .filter((file) =>
      /^openapi\s*:/m.test(Buffer.from(revision.read(file) ?? new Uint8Array()).toString("utf8")),
    );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A side under `specs/<id>/` names the provider; otherwise the first file is named after itself. */
function providerOf(files: string[], layout: ProjectLayout | undefined): string {
  for (const file of layout ? files : []) {
    const relative = path.relative(layout!.specsDir, file).split(path.sep);
    if (relative.length >= 2 && relative[0] !== "..") return relative[0]!;
  }
  return path.basename(files[0]!).replace(/\.(ya?ml|json)$/i, "");
}
