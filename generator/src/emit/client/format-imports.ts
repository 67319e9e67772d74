import type { ImportDeclaration } from "./declarations.js";
import { isPlainAscii, isPrettierLine, PRETTIER_REWRITES } from "./prettier-line.js";

/** `ClientCore`, `type ApiError`, `createEnvelopeTransport as createTransport`. */
const SPECIFIER = /^(?:type )?[A-Za-z_$][\w$]*(?: as [A-Za-z_$][\w$]*)?$/;

/**
 * An import of named bindings as prettier prints it: on one line when it fits, or when it names one
 * binding only (prettier never breaks that); else one name per line with a trailing comma. Undefined
 * for anything prettier might rewrite (quotes, escapes) or an empty list.
 */
export function importLines(declaration: ImportDeclaration): string[] | undefined {
  const names = declaration.namedImports;
  if (names.length === 0 || !names.every((name) => SPECIFIER.test(name))) return undefined;
  const keyword = `import${declaration.isTypeOnly ? " type" : ""} {`;
  const from = `} from ${JSON.stringify(declaration.moduleSpecifier)};`;
  const line = `${keyword} ${names.join(", ")} ${from}`;
  if (PRETTIER_REWRITES.test(line)) return undefined;
  if (isPrettierLine(line, 0) || names.length === 1) return [line];
  if (!isPlainAscii(line)) return undefined;
  return [keyword, ...names.map((name) => `  ${name},`), from];
}
