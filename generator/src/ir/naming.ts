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

/** Words of an identifier or a title: `reposGetContent` → `repos get content`, `Api20100401Account` → `api 20100401 account`. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z0-9])/g, "$1 $2")
    .replace(/([0-9])([A-Za-z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** `ümlaut Café` → `umlaut Cafe`: accents dropped; letters outside Latin script are left for the caller. */
export function asciiFold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * A tag as a resource name: accents folded, and version-like words (`api`, `v2`, `20100401`) dropped
 * when other words remain (`Api20100401Account` → `account`). Undefined when nothing ASCII is left
 * (a tag in Japanese): the caller falls back to the path.
 */
export function resourceNameFromTag(tag: string): string | undefined {
  const all = words(asciiFold(tag));
  const meaningful = all.filter(
    (word, i) => !/^(api|\d+)$/.test(word) && !(word === "v" && /^\d/.test(all[i + 1] ?? "")),
  );
  const chosen = meaningful.length > 0 ? meaningful : all;
  return chosen.length > 0 ? camelCase(chosen.join(" ")) : undefined;
}

/**
 * A derived method name without the words of its own resource, the way a hand-written SDK reads:
 * `repos.reposGetContent` → `getContent`, `account.listAccount` → `list`, `users.getUsersById` →
 * `getById`. The resource's words are dropped at the start, after the leading verb, or at the end
 * (singular or plural); a name that would be left empty is kept whole.
 */
export function withoutResourceWords(method: string, resource: string): string {
  const name = words(method);
  const own = words(resource);
  if (own.length === 0 || own.length >= name.length) return method;
  const matchesAt = (start: number): boolean =>
    own.every((word, i) => {
      const candidate = name[start + i];
      return candidate !== undefined && sameWord(candidate, word);
    });
  const starts = [0, 1, name.length - own.length];
  const start = starts.find((s) => s >= 0 && s + own.length <= name.length && matchesAt(s));
  if (start === undefined) return method;
  const rest = [...name.slice(0, start), ...name.slice(start + own.length)];
  return camelCase(rest.join(" "));
}

/** The same word, either of them possibly in the plural: `account`/`accounts`, `category`/`categories`. */
function sameWord(a: string, b: string): boolean {
  return a === b || plural(a) === b || plural(b) === a;
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /(s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}
