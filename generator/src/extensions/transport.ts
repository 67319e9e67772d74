import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { IDENTIFIER, mapping, matching, nonEmptyString } from "./parse-kit.js";

export interface TransportModule {
  /** Relative to `packages/<provider>/src/generated/`. */
  module: string;
  exportName: string;
  /** The transport's required options, as the README's construction example shows them. */
  options: string[];
  /** A function of the transport module that reads the options from a file (`readPokepayIni`). */
  loader: { exportName: string; argument: string } | undefined;
}

export const transportExtension: Extension<TransportModule> = {
  name: "x-paygen-transport",
  where: "document root",
  doc: "a hand-written transport used instead of fetch: `module` (relative to `src/generated/`), its `export`, and for the README its required `options` and a file `loader` (`{ export, argument }`)",
  parse(value, pointer) {
    const issues: ExtensionIssue[] = [];
    const record = mapping(value, pointer, "x-paygen-transport", issues);
    if (!record) return { issues };
    const module = nonEmptyString(
      record["module"],
      pointer,
      "x-paygen-transport.module",
      "module",
      issues,
    );
    const exportName = exportedName(record, pointer, issues);
    const options = optionNames(record["options"], joinPointer(pointer, "options"), issues);
    const loader = fileLoader(record["loader"], joinPointer(pointer, "loader"), issues);
    return module !== undefined && exportName !== undefined && issues.length === 0
      ? { value: { module, exportName, options, loader } }
      : { issues };
  },
};

function optionNames(value: unknown, pointer: string, issues: ExtensionIssue[]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((o) => typeof o === "string" && IDENTIFIER.test(o)))
    return value as string[];
  issues.push({ pointer, message: "x-paygen-transport.options must be a list of option names" });
  return [];
}

function fileLoader(
  value: unknown,
  pointer: string,
  issues: ExtensionIssue[],
): TransportModule["loader"] {
  if (value === undefined) return undefined;
  const record = mapping(value, pointer, "x-paygen-transport.loader", issues);
  if (!record) return undefined;
  const exportName = exportedName(record, pointer, issues);
  const argument = nonEmptyString(
    record["argument"],
    pointer,
    "x-paygen-transport.loader.argument",
    "argument",
    issues,
  );
  return exportName !== undefined && argument !== undefined ? { exportName, argument } : undefined;
}

/** The `export` field: the name of a function the module exports. */
function exportedName(
  record: Record<string, unknown>,
  pointer: string,
  issues: ExtensionIssue[],
): string | undefined {
  return matching(
    record["export"],
    joinPointer(pointer, "export"),
    IDENTIFIER,
    "an exported function name",
    issues,
  );
}
