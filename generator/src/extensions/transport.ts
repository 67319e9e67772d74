import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { IDENTIFIER, mapping, matching, nonEmptyString } from "./parse-kit.js";

export interface TransportModule {
  /** Relative to `packages/<provider>/src/generated/`. */
  module: string;
  exportName: string;
}

export const transportExtension: Extension<TransportModule> = {
  name: "x-paygen-transport",
  where: "document root",
  doc: "a hand-written transport used instead of fetch: `module` (relative to `src/generated/`) and its `export`",
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
    const exportName = matching(
      record["export"],
      joinPointer(pointer, "export"),
      IDENTIFIER,
      "an exported function name",
      issues,
    );
    return module !== undefined && exportName !== undefined
      ? { value: { module, exportName } }
      : { issues };
  },
};
