import { fitsPrintWidth } from "./format.js";

/**
 * Whether prettier (parser json) prints a rendered JSON template (package.json, tsconfig.json) as
 * it is. The templates are written in prettier's layout and interpolate scalars: what could still
 * differ is a value written compactly (`{"a":1}`, which prettier spaces out; an escaped quote inside a
 * string looks the same and is declined too) and a group on one line that a long value pushed past
 * the print width.
 */
export function isPrintedJson(text: string): boolean {
  if (/\{"|"[:,]\S/.test(text)) return false;
  return text.split("\n").every((line) => !/[{[].*[}\]]/.test(line) || fitsPrintWidth(line));
}

/**
 * Whether prettier prints a rendered `src/index.ts` as it is: the template is in prettier's layout
 * and interpolates module specifiers, which must be plain (no quote or escape prettier would change);
 * a line past the print width must be the header comment or an `export * from "…";`, which have
 * nowhere to break.
 */
export function isPrintedIndex(text: string): boolean {
  return text
    .split("\n")
    .every(
      (line) =>
        line.startsWith("// ") ||
        (!/[\\'`]/.test(line) && (fitsPrintWidth(line) || /^export \* from "[^"]*";$/.test(line))),
    );
}
