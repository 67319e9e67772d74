import { escapeUnseen } from "./unseen.js";

/** A JSON value (package.json and other JSON files): JSON.stringify's escapes, and `escapeUnseen`'s. */
export function jsonValue(value: unknown): string {
  return escapeUnseen(JSON.stringify(value ?? null));
}
