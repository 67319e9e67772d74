/** Identifier helpers shared by the IR builder (names are decided once, in the IR). */

export function camelCase(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const joined = words
    .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join("");
  return /^[0-9]/.test(joined) ? `_${joined}` : joined || "_";
}

export function pascalCase(text: string): string {
  const camel = camelCase(text);
  return camel.startsWith("_") ? camel : camel[0]!.toUpperCase() + camel.slice(1);
}

/** An operationId as a method name: kept as written when it is already an identifier. */
export function methodNameFrom(operationId: string): string {
  return /^[a-z][A-Za-z0-9]*$/.test(operationId) ? operationId : camelCase(operationId);
}

/** Words a generated member may not be called, because they clash with the class machinery. */
export const RESERVED_MEMBER_NAMES = new Set(["constructor", "prototype", "core", "__proto__"]);
