import { tsString } from "./string-literal.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** An object-literal key that is always quoted, except `__proto__`, which must be computed to be an own property. */
export function quotedKey(key: string): string {
  return key === "__proto__" ? `[${tsString(key)}]` : tsString(key);
}

/**
 * A property name for an object literal, class or type member: bare when it is an identifier,
 * quoted otherwise. `__proto__` is computed (`["__proto__"]`): written bare or quoted in an object
 * literal it would set the prototype instead of a property.
 */
export function propertyKey(key: string): string {
  if (key === "__proto__") return `[${tsString(key)}]`;
  return isIdentifier(key) ? key : tsString(key);
}

/**
 * `.name` for an identifier, `["name"]` otherwise: a member access that is valid for any name.
 * Assigning through it still calls setters, so member names come from the IR, where names such as
 * `__proto__` have already been renamed (ir/naming.ts).
 */
export function memberAccess(name: string): string {
  return isIdentifier(name) ? `.${name}` : `[${tsString(name)}]`;
}
