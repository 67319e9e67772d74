import { createHash } from "node:crypto";
import path from "node:path";
import type { Diagnostic, SourceLocation } from "../diagnostics/index.js";
import { parentPointer } from "../util/json-pointer.js";
import { bundle, type Mount } from "./bundle.js";
import { readSpecBytes, unreadable } from "./read-file.js";
import type { RefRoot } from "./ref-containment.js";
import { locateInFile, parseSpecText, readSpecFile, type ParsedFile } from "./yaml-file.js";

type ReadFile = (file: string) => { bytes: Uint8Array } | { diagnostic: Diagnostic };

/** A spec read from disk: one bundled document, and the way back to what the user wrote. */
export interface LoadedSpec {
  /** Absolute path of the entry file. */
  entryFile: string;
  /** Every file the spec is made of (absolute, sorted). */
  files: string[];
  /** The bundled document: external refs hoisted or inlined; internal `$ref`s kept. */
  document: Record<string, unknown>;
  /** sha256 of the entry file (single-file spec) or of all files' names and hashes. */
  sha256: string;
  /** Where the node at a JSON pointer of `document` was written (nearest written ancestor). */
  locate(pointer: string, prefer?: "value" | "key"): SourceLocation | undefined;
}

export interface LoadOptions {
  /** Folder every `$ref`'d file must be inside (default: the entry file's folder). */
  root?: string | undefined;
}

export async function loadSpec(
  entryFile: string,
  options: LoadOptions = {},
): Promise<{ spec?: LoadedSpec; diagnostics: Diagnostic[] }> {
  const absolute = path.resolve(entryFile);
  const entryResult = await readSpecFile(absolute);
  if (!entryResult.parsed) return { diagnostics: entryResult.diagnostics };
  return loadParsed(entryResult.parsed, { folder: refFolder(absolute, options), onDisk: true });
}

function refFolder(entryFile: string, options: LoadOptions): string {
  return path.resolve(options.root ?? path.dirname(entryFile));
}

/**
 * Loads a spec whose files come from somewhere other than the working tree (e.g. a git revision):
 * `read` returns a file's bytes, or undefined when it does not exist there.
 */
export function loadSpecFrom(
  entryFile: string,
  read: (file: string) => Uint8Array | undefined,
  options: LoadOptions = {},
): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const absolute = path.resolve(entryFile);
  const bytes = read(absolute);
  if (!bytes) return { diagnostics: [unreadable(absolute, "ENOENT")] };
  const entry = parseSpecText(absolute, bytes);
  if (!entry.parsed) return { diagnostics: entry.diagnostics };
  return loadParsed(
    entry.parsed,
    { folder: refFolder(absolute, options), onDisk: false },
    (file) => {
      const found = read(file);
      return found ? { bytes: found } : { diagnostic: unreadable(file, "ENOENT") };
    },
  );
}

function loadParsed(
  entry: ParsedFile,
  root: RefRoot,
  read: ReadFile = readSpecBytes,
): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const parsedFiles = new Map<string, ParsedFile | undefined>([[entry.file, entry]]);
  const fileDiagnostics = new Map<string, Diagnostic[]>();
  const load = (file: string): ParsedFile | undefined => {
    if (parsedFiles.has(file)) return parsedFiles.get(file);
    const found = read(file);
    const result =
      "bytes" in found ? parseSpecText(file, found.bytes) : { diagnostics: [found.diagnostic] };
    parsedFiles.set(file, result.parsed);
    fileDiagnostics.set(file, result.diagnostics);
    return result.parsed;
  };
  const bundled = bundle({
    entry,
    root,
    load,
    loadDiagnostics: (file) => fileDiagnostics.get(file) ?? [],
  });
  if (bundled.diagnostics.length > 0) return { diagnostics: bundled.diagnostics };

  const locate = (
    pointer: string,
    prefer: "value" | "key" = "value",
  ): SourceLocation | undefined => {
    for (
      let current: string | undefined = pointer;
      current !== undefined;
      current = parentPointer(current)
    ) {
      const mount = findMount(bundled.mounts, current);
      if (!mount) continue;
      const parsed = parsedFiles.get(mount.file);
      if (!parsed) continue;
      const location = locateInFile(
        parsed,
        mount.pointer + current.slice(mount.prefix.length),
        prefer,
      );
      if (location) return location;
    }
    return undefined;
  };

  return {
    spec: {
      entryFile: entry.file,
      files: bundled.files,
      document: bundled.document,
      sha256: hashFiles(entry.file, bundled.files, parsedFiles),
      locate,
    },
    diagnostics: [],
  };
}

function findMount(
  mounts: Map<string, Mount>,
  pointer: string,
): (Mount & { prefix: string }) | undefined {
  for (
    let current: string | undefined = pointer;
    current !== undefined;
    current = parentPointer(current)
  ) {
    const mount = mounts.get(current);
    if (mount) return { ...mount, prefix: current };
  }
  return undefined;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function hashFiles(
  entryFile: string,
  files: string[],
  parsed: Map<string, ParsedFile | undefined>,
): string {
  if (files.length === 1) return sha256(parsed.get(entryFile)!.text);
  const root = path.dirname(entryFile);
  const lines = files.map(
    (file) =>
      `${path.relative(root, file).split(path.sep).join("/")}\0${sha256(parsed.get(file)!.text)}\n`,
  );
  return sha256(lines.join(""));
}
