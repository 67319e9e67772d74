import { fullFormats } from "ajv-formats/dist/formats.js";
import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
import { getAtPointer, isRecord, splitPointer } from "../util/json-pointer.js";
import { draft7Node } from "./draft7.js";
import { ecmaRegExp } from "./ecma-regexp.js";
import { isExampleDataKey } from "./schema-document.js";

/**
 * A quick first look at an example, before ajv compiles a validator for its schema (compiling is
 * most of a large spec's validation time, and nearly every example is valid).
 *
 * The screen answers only for schemas it understands whole: every keyword reachable from the
 * schema, through every branch and `$ref`, is one it evaluates exactly as ajv does (same formats,
 * same string length, same patterns, same number checks) with a value of the type ajv requires —
 * so ajv would compile that schema, and would give the same answer. For anything else it does not
 * answer, and the caller asks ajv. The caller trusts only "valid": a failing example still goes to
 * ajv, which words the message.
 */
export interface ExampleScreen {
  /** True when the value certainly satisfies the schema; false when ajv must decide. */
  passes(schema: unknown, value: unknown): boolean;
}

// ajv-formats' definitions, the very functions ajv calls; ajv's own string length (code points).
type FormatDefinition =
  | true
  | RegExp
  | ((data: never) => boolean)
  | { type?: string; validate: RegExp | ((data: never) => boolean) };
const FORMATS = fullFormats as unknown as Record<string, FormatDefinition>;
// A CommonJS module whose function is `exports.default`: Node hands over the exports object, a
// bundler that honours `__esModule` the function itself.
type Ucs2length = (text: string) => number;
const ucs2length: Ucs2length =
  typeof ucs2lengthModule === "function"
    ? (ucs2lengthModule as Ucs2length)
    : (ucs2lengthModule as unknown as { default: Ucs2length }).default;

/** Keywords ajv ignores here (besides what withoutExampleData drops): annotations and OpenAPI's own words. */
const IGNORED = new Set([
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "externalDocs",
  "xml",
  "discriminator",
]);
const TYPES = new Set(["string", "number", "integer", "boolean", "null", "array", "object"]);
const COUNTS = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"];
const BOUNDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
/** Deeper than this through schemas without going deeper into the value: a `$ref` loop; ajv decides. */
const MAX_SCHEMA_DEPTH = 64;

class Undecided extends Error {}

export function createExampleScreen(
  document: Record<string, unknown>,
  dialect: "3.0" | "3.1",
): ExampleScreen {
  const views = new WeakMap<object, Record<string, unknown>>();
  const understood = new WeakMap<object, boolean>();
  const patterns = new Map<string, RegExp>();

  /** The schema as ajv is given it: draft 7 for OpenAPI 3.0 (each object converted as it is reached). */
  const view = (schema: Record<string, unknown>): Record<string, unknown> => {
    if (dialect === "3.1") return schema;
    let converted = views.get(schema);
    if (!converted) {
      converted = draft7Node(schema);
      views.set(schema, converted);
      views.set(converted, converted);
    }
    return converted;
  };

  const regExp = (pattern: string): RegExp | undefined => {
    let compiled = patterns.get(pattern);
    if (!compiled) {
      try {
        compiled = ecmaRegExp(pattern, "u");
      } catch {
        return undefined;
      }
      patterns.set(pattern, compiled);
    }
    return compiled;
  };

  const target = (ref: unknown): unknown => {
    if (typeof ref !== "string" || !ref.startsWith("#/")) return undefined;
    try {
      // ajv sees the document without example data and `x-` keys: a `$ref` into them is its to report.
      if (splitPointer(ref).some(isExampleDataKey)) return undefined;
      const found = getAtPointer(document, ref.slice(1));
      return found.found ? found.value : undefined;
    } catch {
      return undefined;
    }
  };

  /** Schemas given an answer during the outermost isUnderstood call under way. */
  let answered: object[] | undefined;

  /** Whether every keyword reachable from `schema` is one `satisfies` evaluates as ajv does. */
  const isUnderstood = (raw: unknown): boolean => {
    if (typeof raw === "boolean") return true;
    if (!isRecord(raw)) return false;
    const known = understood.get(raw);
    if (known !== undefined) return known;
    const outermost = answered === undefined;
    answered ??= [];
    // A schema reached again through its own `$ref`s adds no keyword: assumed understood meanwhile.
    understood.set(raw, true);
    answered.push(raw);
    const result = keywordsUnderstood(view(raw));
    understood.set(raw, result);
    if (outermost) {
      // A "yes" given while an enclosing schema was only assumed understood does not hold when that
      // schema is not: forget this call's yeses (its noes stand, they assumed nothing).
      if (!result) for (const node of answered) if (understood.get(node)) understood.delete(node);
      answered = undefined;
    }
    return result;
  };

  const keywordsUnderstood = (schema: Record<string, unknown>): boolean => {
    for (const [key, value] of Object.entries(schema)) {
      if (IGNORED.has(key) || isExampleDataKey(key)) continue;
      if (!keywordUnderstood(schema, key, value)) return false;
    }
    return true;
  };

  const keywordUnderstood = (
    schema: Record<string, unknown>,
    key: string,
    value: unknown,
  ): boolean => {
    if (COUNTS.includes(key) || BOUNDS.includes(key)) return isFiniteNumber(value);
    switch (key) {
      case "type":
        return typeof value === "string"
          ? TYPES.has(value)
          : Array.isArray(value) &&
              value.length > 0 &&
              value.every((t) => typeof t === "string" && TYPES.has(t));
      case "nullable":
        // ajv reads `nullable` (3.1 schemas keep it) only beside `type`, and refuses `null` with false.
        return (
          typeof value === "boolean" &&
          schema["type"] !== undefined &&
          !(value === false && typesOf(schema).includes("null"))
        );
      case "enum":
        return Array.isArray(value) && value.length > 0;
      case "const":
        return true;
      case "format":
        // A format ajv-formats does not define constrains nothing: not strict, ajv ignores it.
        return typeof value === "string";
      case "pattern":
        return typeof value === "string" && regExp(value) !== undefined;
      case "multipleOf":
        return isFiniteNumber(value) && value > 0;
      case "uniqueItems":
        return typeof value === "boolean";
      case "required":
        return Array.isArray(value) && value.every((name) => typeof name === "string");
      case "properties":
        return isRecord(value) && Object.values(value).every(isUnderstood);
      case "patternProperties":
        return (
          isRecord(value) &&
          Object.keys(value).every((pattern) => regExp(pattern) !== undefined) &&
          Object.values(value).every(isUnderstood)
        );
      case "additionalProperties":
      case "items":
      case "not":
        return isUnderstood(value);
      case "allOf":
      case "anyOf":
      case "oneOf":
        return Array.isArray(value) && value.length > 0 && value.every(isUnderstood);
      case "$ref":
        return isUnderstood(target(value));
      default:
        return false;
    }
  };

  /** The value against an understood schema, exactly as ajv decides it. */
  const satisfies = (raw: unknown, value: unknown, depth: number): boolean => {
    if (typeof raw === "boolean") return raw;
    if (depth > MAX_SCHEMA_DEPTH) throw new Undecided();
    const schema = view(raw as Record<string, unknown>);
    const deeper = (sub: unknown): boolean => satisfies(sub, value, depth + 1);
    if (schema["$ref"] !== undefined && !deeper(target(schema["$ref"]))) return false;
    if (schema["type"] !== undefined && !typesOf(schema).some((type) => isOfType(value, type)))
      return false;
    if (Array.isArray(schema["enum"]) && !schema["enum"].some((item) => jsonEqual(item, value)))
      return false;
    if (Object.hasOwn(schema, "const") && !jsonEqual(schema["const"], value)) return false;
    if (Array.isArray(schema["allOf"]) && !schema["allOf"].every(deeper)) return false;
    if (Array.isArray(schema["anyOf"]) && !schema["anyOf"].some(deeper)) return false;
    if (Array.isArray(schema["oneOf"]) && schema["oneOf"].filter(deeper).length !== 1) return false;
    if (Object.hasOwn(schema, "not") && deeper(schema["not"])) return false;
    if (typeof value === "string") return stringSatisfies(schema, value);
    if (typeof value === "number") return numberSatisfies(schema, value);
    if (Array.isArray(value)) return arraySatisfies(schema, value, depth);
    if (isRecord(value)) return objectSatisfies(schema, value, depth);
    return true;
  };

  const stringSatisfies = (schema: Record<string, unknown>, value: string): boolean => {
    const length = () => ucs2length(value);
    if (typeof schema["minLength"] === "number" && length() < schema["minLength"]) return false;
    if (typeof schema["maxLength"] === "number" && length() > schema["maxLength"]) return false;
    if (typeof schema["pattern"] === "string" && !regExp(schema["pattern"])!.test(value))
      return false;
    return formatSatisfies(schema["format"], "string", value);
  };

  const numberSatisfies = (schema: Record<string, unknown>, value: number): boolean => {
    const number = (key: string) => schema[key] as number;
    if (Object.hasOwn(schema, "minimum") && value < number("minimum")) return false;
    if (Object.hasOwn(schema, "maximum") && value > number("maximum")) return false;
    if (Object.hasOwn(schema, "exclusiveMinimum") && value <= number("exclusiveMinimum"))
      return false;
    if (Object.hasOwn(schema, "exclusiveMaximum") && value >= number("exclusiveMaximum"))
      return false;
    if (Object.hasOwn(schema, "multipleOf")) {
      const ratio = value / number("multipleOf");
      // ajv's own test: the ratio equals its integer part as parseInt reads it.
      if (ratio !== parseInt(String(ratio))) return false;
    }
    return formatSatisfies(schema["format"], "number", value);
  };

  const arraySatisfies = (
    schema: Record<string, unknown>,
    value: unknown[],
    depth: number,
  ): boolean => {
    if (typeof schema["minItems"] === "number" && value.length < schema["minItems"]) return false;
    if (typeof schema["maxItems"] === "number" && value.length > schema["maxItems"]) return false;
    if (schema["uniqueItems"] === true && hasDuplicate(value)) return false;
    if (
      Object.hasOwn(schema, "items") &&
      !value.every((item) => satisfies(schema["items"], item, depth + 1))
    )
      return false;
    return true;
  };

  const objectSatisfies = (
    schema: Record<string, unknown>,
    value: Record<string, unknown>,
    depth: number,
  ): boolean => {
    const keys = Object.keys(value);
    if (typeof schema["minProperties"] === "number" && keys.length < schema["minProperties"])
      return false;
    if (typeof schema["maxProperties"] === "number" && keys.length > schema["maxProperties"])
      return false;
    const required = (schema["required"] ?? []) as string[];
    if (!required.every((name) => Object.hasOwn(value, name))) return false;
    const properties = (schema["properties"] ?? {}) as Record<string, unknown>;
    const patternEntries = Object.entries((schema["patternProperties"] ?? {}) as object).map(
      ([pattern, sub]) => [regExp(pattern)!, sub as unknown] as const,
    );
    for (const key of keys) {
      const item = value[key];
      const named = Object.hasOwn(properties, key);
      if (named && !satisfies(properties[key], item, depth + 1)) return false;
      const matching = patternEntries.filter(([pattern]) => pattern.test(key));
      if (!matching.every(([, sub]) => satisfies(sub, item, depth + 1))) return false;
      if (!named && matching.length === 0 && Object.hasOwn(schema, "additionalProperties")) {
        if (!satisfies(schema["additionalProperties"], item, depth + 1)) return false;
      }
    }
    return true;
  };

  return {
    passes(schema, value) {
      if (!isJsonData(value)) return false;
      if (!isUnderstood(schema)) return false;
      try {
        return satisfies(schema, value, 0);
      } catch (error) {
        if (error instanceof Undecided) return false;
        throw error;
      }
    },
  };
}

function formatSatisfies(format: unknown, dataType: "string" | "number", value: unknown): boolean {
  if (typeof format !== "string") return true;
  const definition = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (definition === undefined || definition === true) return true;
  const [type, check] =
    definition instanceof RegExp || typeof definition === "function"
      ? ["string", definition]
      : [definition.type ?? "string", definition.validate];
  // A format checks only values of its own type (int32 numbers, uri strings).
  if (type !== dataType) return true;
  return check instanceof RegExp
    ? check.test(value as string)
    : (check as (data: unknown) => boolean)(value);
}

function typesOf(schema: Record<string, unknown>): string[] {
  const type = schema["type"];
  const types = typeof type === "string" ? [type] : Array.isArray(type) ? (type as string[]) : [];
  return schema["nullable"] === true ? [...types, "null"] : types;
}

function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isRecord(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Plain JSON data: what the screen can judge (a YAML `.inf` or `.nan` goes to ajv). */
function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (isRecord(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value)))
    return Object.values(value).every(isJsonData);
  return false;
}

/** Equality as ajv's (fast-deep-equal) sees JSON data: key order does not matter. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (!isRecord(a) || !isRecord(b) || Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
  );
}

function hasDuplicate(items: unknown[]): boolean {
  return items.some((item, i) => items.slice(i + 1).some((other) => jsonEqual(item, other)));
}
