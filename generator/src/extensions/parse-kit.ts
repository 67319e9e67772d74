import { describeType } from "../util/describe-type.js";
import { isRecord, joinPointer } from "../util/json-pointer.js";
import type { ExtensionIssue, Parsed } from "./extension.js";

export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** What a header name may be; CR/LF or a space would break every request that sends it. */
export const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
export const CAMEL_IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/** The value when nothing went wrong, else the issues collected while reading it. */
export function parsed<T>(issues: ExtensionIssue[], value: T): Parsed<T> {
  return issues.length === 0 ? { value } : { issues };
}

export function invalid(pointer: string, message: string): Parsed<never> {
  return { issues: [{ pointer, message }] };
}

export function mapping(
  value: unknown,
  pointer: string,
  what: string,
  issues: ExtensionIssue[],
): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  issues.push({ pointer, message: `${what} must be a mapping, got ${describeType(value)}` });
  return undefined;
}

/** `parent[field]` as a non-empty string; a missing field is reported at the parent's key. */
export function nonEmptyString(
  value: unknown,
  parent: string,
  what: string,
  field: string,
  issues: ExtensionIssue[],
): string | undefined {
  if (typeof value === "string" && value !== "") return value;
  const message = `${what} must be a non-empty string`;
  issues.push(
    value === undefined
      ? { pointer: parent, message, at: "key" }
      : { pointer: joinPointer(parent, field), message },
  );
  return undefined;
}

export function matching(
  value: unknown,
  pointer: string,
  pattern: RegExp,
  expected: string,
  issues: ExtensionIssue[],
): string | undefined {
  if (typeof value === "string" && pattern.test(value)) return value;
  issues.push({ pointer, message: `expected ${expected}, got ${JSON.stringify(value)}` });
  return undefined;
}

/** A string matching `pattern`, as a whole extension value. */
export function matchingValue(
  value: unknown,
  pointer: string,
  pattern: RegExp,
  expected: string,
): Parsed<string> {
  const issues: ExtensionIssue[] = [];
  const text = matching(value, pointer, pattern, expected, issues);
  return text === undefined ? { issues } : { value: text };
}

/** `record[field]` when it is a string; anything else reads as absent (descriptions the spec may omit). */
export function optionalText(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field];
  return typeof value === "string" ? value : undefined;
}
