import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { mapping, matching, parsed } from "./parse-kit.js";

export interface PackageNames {
  /** npm package name; default `@paygen/<provider>`. */
  name: string | undefined;
  /** Exported client class; default the provider id, PascalCased. */
  clientName: string | undefined;
  /** Hand-written modules beside src/generated/ that index.ts re-exports: `./verify-event.js`. */
  exports: string[];
}

/** `./name.js` or `./folder/name.js` inside src/: no `..`, and never into the folder paygen rewrites. */
const HAND_WRITTEN_MODULE = /^\.\/(?!generated\/)([A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+\.js$/;

export const packageExtension: Extension<PackageNames> = {
  name: "x-paygen-package",
  where: "document root",
  doc: "the generated package's npm `name` and exported `clientName` class, when the defaults do not fit, and `exports`: hand-written modules of `src/` that `index.ts` re-exports",
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
      exports: handWrittenModules(record["exports"], joinPointer(pointer, "exports"), issues),
    });
  },
};

function handWrittenModules(value: unknown, pointer: string, issues: ExtensionIssue[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push({ pointer, message: "x-paygen-package.exports must be a list of module paths" });
    return [];
  }
  return value.flatMap((module: unknown, index) => {
    const checked = matching(
      module,
      joinPointer(pointer, index),
      HAND_WRITTEN_MODULE,
      "a hand-written module of the package's src/ folder, outside generated/, such as `./verify-event.js`",
      issues,
    );
    return checked === undefined ? [] : [checked];
  });
}
