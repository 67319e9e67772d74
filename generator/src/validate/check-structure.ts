import { isRecord, joinPointer } from "../util/json-pointer.js";
import { describeType } from "../util/describe-type.js";
import type { CheckContext } from "./context.js";
import { ecmaRegExp } from "./ecma-regexp.js";
import {
  PARAMETER_LOCATIONS,
  SCHEMA_TYPES,
  SECURITY_TYPES,
  SHAPES,
  type FieldType,
  type SingleFieldType,
  type Primitive,
  type ShapeName,
} from "./shapes.js";

/** Field types and required fields of every OpenAPI object, plus a few value rules. */
export function checkStructure(ctx: CheckContext): void {
  checkShape(ctx, ctx.document, "Document", "");
  if (ctx.version === "3.0" && !isRecord(ctx.document["paths"])) {
    ctx.report("PG122", "`paths` is required in OpenAPI 3.0", "", { at: "key" });
  }
}

function checkShape(
  ctx: CheckContext,
  value: unknown,
  shapeName: ShapeName,
  pointer: string,
): void {
  const shape = SHAPES[shapeName];
  if (!isRecord(value)) {
    ctx.report(
      "PG121",
      `expected ${article(shapeName)} object, got ${describeType(value)}`,
      pointer,
    );
    return;
  }
  // A reference stands for the object; whether it resolves is checked by checkRefs.
  if (typeof value["$ref"] === "string" && shape.refable) return;
  if (shapeName === "Schema") {
    checkSchemaValues(ctx, value, pointer);
  }
  for (const field of shape.required ?? []) {
    if (!(field in value)) {
      ctx.report("PG122", `${article(shapeName)} object requires \`${field}\``, pointer, {
        at: "key",
      });
    }
  }
  for (const [key, child] of Object.entries(value)) {
    // Own fields only: a key such as `constructor` must not find Object.prototype's.
    const fieldType = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
    if (fieldType === undefined) {
      if (!key.startsWith("x-") && !shape.openEnded && shapeName !== "Schema") {
        ctx.report(
          "PG123",
          `unknown field \`${key}\` in ${article(shapeName)} object`,
          joinPointer(pointer, key),
          { severity: "warning", at: "key" },
        );
      }
      continue;
    }
    checkField(ctx, child, fieldType, joinPointer(pointer, key), key);
  }
  if (shapeName === "Parameter") checkParameterValues(ctx, value, pointer);
  if (shapeName === "SecurityScheme") checkSecuritySchemeValues(ctx, value, pointer);
}

function checkField(
  ctx: CheckContext,
  value: unknown,
  type: FieldType,
  pointer: string,
  key: string,
): void {
  if (Array.isArray(type)) {
    const matching = type.find((alternative) => matchesTopLevel(value, alternative));
    if (matching === undefined) {
      ctx.report(
        "PG121",
        `\`${key}\` must be ${type.map(describeFieldType).join(" or ")}, got ${describeType(value)}`,
        pointer,
      );
      return;
    }
    checkField(ctx, value, matching, pointer, key);
    return;
  }
  if (typeof type === "object") {
    if ("map" in type) {
      if (!isRecord(value)) {
        ctx.report("PG121", `\`${key}\` must be a mapping, got ${describeType(value)}`, pointer);
        return;
      }
      for (const [childKey, child] of Object.entries(value)) {
        if (childKey.startsWith("x-") && type.map !== "Schema") continue;
        checkField(ctx, child, type.map, joinPointer(pointer, childKey), childKey);
      }
      return;
    }
    if (!Array.isArray(value)) {
      ctx.report(
        "PG121",
        `\`${key}\` must be ${describeFieldType(type)}, got ${describeType(value)}`,
        pointer,
      );
      return;
    }
    value.forEach((item, index) =>
      checkField(ctx, item, type.list, joinPointer(pointer, index), `${key}[${index}]`),
    );
    return;
  }
  if (isPrimitive(type)) {
    if (!matchesPrimitive(value, type)) {
      ctx.report(
        "PG121",
        `\`${key}\` must be ${describeFieldType(type)}, got ${describeType(value)}`,
        pointer,
      );
    }
    return;
  }
  checkShape(ctx, value, type, pointer);
}

function checkSchemaValues(
  ctx: CheckContext,
  schema: Record<string, unknown>,
  pointer: string,
): void {
  const type = schema["type"];
  const types = typeof type === "string" ? [type] : Array.isArray(type) ? type : [];
  if (ctx.version === "3.0" && Array.isArray(type)) {
    ctx.report(
      "PG121",
      "`type` must be a string in OpenAPI 3.0 (use `nullable: true` for null)",
      joinPointer(pointer, "type"),
    );
  }
  for (const t of types) {
    if (typeof t === "string" && !SCHEMA_TYPES.has(t)) {
      ctx.report("PG123", `unknown schema type \`${t}\``, joinPointer(pointer, "type"));
    }
  }
  if (typeof schema["pattern"] === "string" && !isEcmaPattern(schema["pattern"])) {
    ctx.report(
      "PG123",
      "`pattern` is not a valid ECMA-262 regular expression (with or without the `u` flag)",
      joinPointer(pointer, "pattern"),
    );
  }
  for (const key of [
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
  ]) {
    const limit = schema[key];
    if (typeof limit === "number" && limit < 0)
      ctx.report("PG123", `\`${key}\` must not be negative`, joinPointer(pointer, key));
  }
  if (Array.isArray(schema["enum"]) && schema["enum"].length === 0) {
    ctx.report("PG123", "`enum` must list at least one value", joinPointer(pointer, "enum"));
  }
}

/**
 * JSON Schema patterns are ECMA-262 regular expressions and do not say which flags apply; a pattern
 * that compiles with or without `u` is valid (`[\\w-.]` only without it, `\\p{L}` means more with it).
 */
export function isEcmaPattern(pattern: string): boolean {
  try {
    ecmaRegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

function checkParameterValues(
  ctx: CheckContext,
  parameter: Record<string, unknown>,
  pointer: string,
): void {
  const location = parameter["in"];
  if (typeof location === "string" && !PARAMETER_LOCATIONS.has(location)) {
    ctx.report(
      "PG123",
      `parameter location must be path, query, header or cookie, got \`${location}\``,
      joinPointer(pointer, "in"),
    );
  }
  if (location === "path" && parameter["required"] !== true) {
    ctx.report("PG123", "path parameters must be `required: true`", pointer, { at: "key" });
  }
  if (
    parameter["schema"] === undefined &&
    parameter["content"] === undefined &&
    parameter["$ref"] === undefined
  ) {
    ctx.report("PG122", "a Parameter object requires `schema` or `content`", pointer, {
      at: "key",
    });
  }
}

function checkSecuritySchemeValues(
  ctx: CheckContext,
  scheme: Record<string, unknown>,
  pointer: string,
): void {
  const type = scheme["type"];
  if (typeof type !== "string") return;
  if (!SECURITY_TYPES.has(type) || (type === "mutualTLS" && ctx.version === "3.0")) {
    ctx.report("PG123", `unknown security scheme type \`${type}\``, joinPointer(pointer, "type"));
    return;
  }
  const needs: Record<string, string[]> = {
    apiKey: ["name", "in"],
    http: ["scheme"],
    oauth2: ["flows"],
    openIdConnect: ["openIdConnectUrl"],
  };
  for (const field of needs[type] ?? []) {
    if (!(field in scheme))
      ctx.report("PG122", `${type} security schemes require \`${field}\``, pointer, {
        at: "key",
      });
  }
}

function isPrimitive(type: string): type is Primitive {
  return ["string", "boolean", "number", "integer", "object", "array", "any"].includes(type);
}

function matchesPrimitive(value: unknown, type: Primitive): boolean {
  switch (type) {
    case "any":
      return true;
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return isRecord(value);
  }
}

function matchesTopLevel(value: unknown, type: SingleFieldType): boolean {
  if (typeof type === "object") return "map" in type ? isRecord(value) : Array.isArray(value);
  if (isPrimitive(type)) return matchesPrimitive(value, type);
  return isRecord(value);
}

function describeFieldType(type: FieldType): string {
  if (Array.isArray(type)) return type.map(describeFieldType).join(" or ");
  if (typeof type === "object")
    return "map" in type ? "a mapping" : `a list of ${plural(type.list)}`;
  if (isPrimitive(type))
    return type === "integer"
      ? "an integer"
      : type === "array"
        ? "an array"
        : type === "object"
          ? "a mapping"
          : `a ${type}`;
  return `${article(type)} object`;
}

function plural(type: FieldType): string {
  if (typeof type === "string") return isPrimitive(type) ? `${type}s` : `${type} objects`;
  return "values";
}

function article(name: string): string {
  return /^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
}
