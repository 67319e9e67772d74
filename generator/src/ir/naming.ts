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

/**
 * Names a generated resource or method may not take, because JavaScript gives them a meaning: a
 * `then` member makes a resource thenable (`await client.things` never settles), `catch`/`finally`
 * complete the promise look-alike, `constructor`/`prototype` are class machinery, and every member
 * of Object.prototype (`toString`, `hasOwnProperty`, `__proto__`, …) is relied on by other code.
 */
export const RESERVED_MEMBER_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  "then",
  "catch",
  "finally",
  "prototype",
  "core",
]);

/** A derived member name that is safe to use, with the suffix telling what kind of member it is. */
export function safeMemberName(name: string, kind: "Resource" | "Operation"): string {
  return RESERVED_MEMBER_NAMES.has(name) ? `${name}${kind}` : name;
}

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
