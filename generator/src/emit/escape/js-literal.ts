import { quotedKey } from "./identifier.js";
import { escapeLineSeparators, tsString } from "./string-literal.js";

/**
 * A JavaScript expression for plain data (what JSON can hold). Unlike JSON.stringify, every key goes
 * through `quotedKey`, so a key named `__proto__` is an own property, never the prototype.
 */
export function jsLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return tsString(value);
  if (typeof value === "number" || typeof value === "boolean")
    return escapeLineSeparators(JSON.stringify(value));
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, child]) => child !== undefined);
    return `{${entries.map(([key, child]) => `${quotedKey(key)}:${jsLiteral(child)}`).join(",")}}`;
  }
  return "null";
}
