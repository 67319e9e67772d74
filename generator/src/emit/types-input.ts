import { escapePointerSegment, splitPointer } from "../util/json-pointer.js";
import { escapeUnseen } from "./escape/unseen.js";

/**
 * What openapi-typescript is given, and how its text is finished. Two things in a spec would
 * otherwise go wrong in it:
 * - it hands the document to @redocly/openapi-core, which looks keys up in plain objects
 *   (`type.properties[key]`): a property or component named `hasOwnProperty`, `constructor`,
 *   `toString`, … finds Object.prototype's function and crashes. Such keys travel under a stand-in
 *   name, and the stand-in is put back in the text it returns;
 * - it copies descriptions, defaults and examples into doc comments, escaping `*\/` but prefixing
 *   only `\n` lines with ` * `: CR, CRLF and U+2028/2029 in any string become plain `\n` first
 *   (except in `enum` and `const`, which become literal types: there U+2028/2029 are written as
 *   escapes, which mean the same in literals and comments).
 */
export function typesInput(document: Record<string, unknown>): {
  input: Record<string, unknown>;
  finish(text: string): string;
} {
  if (!needsPreparation(document)) return { input: document, finish: escapeUnseen };
  return {
    input: prepared(document) as Record<string, unknown>,
    finish: (text) => escapeUnseen(restoreStandInKeys(text)),
  };
}

const PROTOTYPE_MEMBERS = new Set(
  Object.getOwnPropertyNames(Object.prototype).filter((name) => name !== "__proto__"),
);
const STAND_IN_PREFIX = "paygenObjectPrototypeKey_";
/** Keywords whose strings become types, not comments: their text must stay exact. */
const LITERAL_KEYS = new Set(["enum", "const"]);
const ODD_LINE_BREAK = /[\r\u2028\u2029]/;
const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;

function needsPreparation(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(needsPreparation);
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(
    ([key, child]) =>
      PROTOTYPE_MEMBERS.has(key) ||
      (typeof child === "string" && ODD_LINE_BREAK.test(child)) ||
      needsPreparation(child),
  );
}

function prepared(value: unknown, parentKey?: string, literal = false): unknown {
  if (typeof value === "string") return literal ? value : value.replace(LINE_BREAKS, "\n");
  if (Array.isArray(value)) {
    // `required` lists property names by value.
    if (parentKey === "required")
      return value.map((item) => (typeof item === "string" ? standIn(item) : item));
    return value.map((item) => prepared(item, undefined, literal));
  }
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, child] of Object.entries(value)) {
    let copied = prepared(child, key, literal || LITERAL_KEYS.has(key));
    if (typeof child === "string") {
      if (key === "$ref") copied = refWithStandIns(child);
      else if (key === "propertyName" && parentKey === "discriminator") copied = standIn(child);
    }
    out[standIn(key)] = copied;
  }
  return out;
}

function restoreStandInKeys(text: string): string {
  return text.replace(new RegExp(`${STAND_IN_PREFIX}([A-Za-z_]+)`, "g"), (whole, name: string) =>
    PROTOTYPE_MEMBERS.has(name) ? name : whole,
  );
}

function standIn(key: string): string {
  return PROTOTYPE_MEMBERS.has(key) ? `${STAND_IN_PREFIX}${key}` : key;
}

function refWithStandIns(ref: string): string {
  const hash = ref.indexOf("#");
  if (hash === -1) return ref;
  const segments = splitPointer(ref.slice(hash + 1));
  if (!segments.some((segment) => PROTOTYPE_MEMBERS.has(segment))) return ref;
  return `${ref.slice(0, hash)}#/${segments.map((s) => escapePointerSegment(standIn(s))).join("/")}`;
}
