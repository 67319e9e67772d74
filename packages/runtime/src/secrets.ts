import { ConfigurationError } from "./errors.js";
import { redactText } from "./logging.js";

/** How deep `util.inspect` would show an error's properties and causes by default, plus margin. */
const INSPECT_DEPTH = 4;

/** RFC 9110 token: what a header name may be. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Control characters other than horizontal tab: never valid in a header value or a credential. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * Refuses a credential that is empty, not a string, or holds control characters (CR/LF would split
 * the header it goes into). The message names the option, never the value.
 */
export function checkCredential(provider: string, option: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== "string" || value.trim() === "")
    throw new ConfigurationError(`${provider}: ${option} must be a non-empty string`);
  if (CONTROL.test(value) || value.includes("\t"))
    throw new ConfigurationError(`${provider}: ${option} contains control characters (CR, LF, …)`);
}

/** Refuses header names that are not HTTP tokens and values with control characters; values are never shown. */
export function checkHeaders(
  where: string,
  headers: Readonly<Record<string, unknown>> | undefined,
): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!TOKEN.test(name))
      throw new ConfigurationError(
        `${where}: header name ${JSON.stringify(name.slice(0, 40))} is not an HTTP token`,
      );
    if (typeof value !== "string")
      throw new ConfigurationError(`${where}: header ${name} must be a string`);
    if (CONTROL.test(value))
      throw new ConfigurationError(
        `${where}: header ${name} has control characters (CR, LF, …) in its value`,
      );
  }
}

/** Scrubs every configured secret (and the texts derived from them) out of what errors and logs expose. */
export class Redactor {
  readonly #secrets = new Set<string>();

  constructor(
    secrets: readonly string[],
    private readonly extra: ((text: string) => string) | undefined = undefined,
  ) {
    for (const secret of secrets) this.add(secret);
  }

  /** Also scrub `secret` from now on (e.g. the Authorization header value made from credentials). */
  add(secret: string): void {
    this.#secrets.add(secret);
  }

  text(text: string): string {
    // Longest first: a secret that contains another is replaced whole.
    const out = redactText(
      text,
      [...this.#secrets].sort((a, b) => b.length - a.length),
    );
    return this.extra ? this.extra(out) : out;
  }

  /** A copy of parsed JSON with every string scrubbed (error bodies that echo a key). */
  value<T>(value: T): T {
    if (typeof value === "string") return this.text(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => this.value(item)) as T;
    if (
      value !== null &&
      typeof value === "object" &&
      Object.getPrototypeOf(value) === Object.prototype
    ) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, this.value(item)]),
      ) as T;
    }
    return value;
  }

  /** The error itself when nothing it shows holds a secret, else a plain Error with the scrubbed message. */
  cause(error: unknown): unknown {
    const shown = shownTexts(error, INSPECT_DEPTH).join("\n");
    if (this.text(shown) === shown) return error;
    const scrubbed = new Error(this.text(error instanceof Error ? error.message : String(error)));
    scrubbed.name = error instanceof Error ? error.name : "Error";
    return scrubbed;
  }
}

/**
 * Every text an inspection of `value` could show, down to `depth` levels: strings and numbers, an
 * error's name, message and stack, and every own property (non-enumerable ones and `cause` included).
 * Walked by hand so that the browser path never imports `node:util`.
 */
function shownTexts(value: unknown, depth: number, seen = new Set<object>()): string[] {
  if (value === null || (typeof value !== "object" && typeof value !== "function"))
    return [String(value)];
  if (seen.has(value) || depth < 0) return [];
  seen.add(value);
  const texts: string[] = [];
  if (value instanceof Error) texts.push(value.name, value.message, value.stack ?? "");
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === "string") texts.push(key);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor)
      texts.push(...shownTexts(descriptor.value, depth - 1, seen));
  }
  return texts;
}
