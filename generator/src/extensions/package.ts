import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { mapping, matching, parsed } from "./parse-kit.js";

export interface PackageNames {
  /** npm package name; default `@paygen/<provider>`. */
  name: string | undefined;
  /** Exported client class; default the provider id, PascalCased. */
  clientName: string | undefined;
}

export const packageExtension: Extension<PackageNames> = {
  name: "x-paygen-package",
  where: "document root",
  doc: "the generated package's npm `name` and exported `clientName` class, when the defaults do not fit",
  parse(value, pointer) {
    const issues: ExtensionIssue[] = [];
    const record = mapping(value, pointer, "x-paygen-package", issues);
    if (!record) return { issues };
    const optional = (field: string, pattern: RegExp, expected: string): string | undefined =>
      record[field] === undefined
        ? undefined
        : matching(record[field], joinPointer(pointer, field), pattern, expected, issues);
    return parsed(issues, {
      name: optional("name", /^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/, "an npm package name"),
      clientName: optional("clientName", /^[A-Z][A-Za-z0-9]*$/, "a PascalCase class name"),
    });
  },
};
