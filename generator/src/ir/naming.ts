/** Identifier helpers shared by the IR builder (names are decided once, in the IR). */

export function camelCase(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const joined = words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase(),
    )
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

/** npm's longest name, and the part of it a title slug may take before `-client`. */
const MAX_NPM_NAME = 214;

/**
 * A valid unscoped npm name for a standalone package from its spec's title: `Stripe API` →
 * `stripe-api-client`. Falls back to `fallback` (the output folder's name) when the title has no
 * ASCII letters or digits.
 */
export function npmNameFromTitle(title: string, fallback: string): string {
  const slug = (text: string): string =>
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  const base = slug(title) || slug(fallback) || "api";
  const named = /(^|-)client$/.test(base) ? base : `${base}-client`;
  return named.slice(0, MAX_NPM_NAME).replace(/-+$/, "");
}
