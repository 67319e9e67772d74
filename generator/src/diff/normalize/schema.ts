import { getAtPointer, isRecord, joinPointer } from "../../util/json-pointer.js";

/**
 * A schema reduced to what its contract means, so that two ways of writing the same contract
 * compare equal: `$ref`s followed, `allOf` merged, 3.0 `nullable` and 3.1 `type: [.., "null"]`
 * both become `nullable`, `const` becomes a one-value `enum`, and a schema with `properties` but
 * no `type` is an object.
 */
export interface Schema {
  /** Where the node was written in the bundled document (for `allOf`, the node holding it). */
  pointer: string;
  /** `components.schemas` name when the node was reached through a `$ref`. */
  refName?: string;
  /** Sorted, without "null"; undefined when any type is allowed. */
  types?: string[];
  nullable: boolean;
  format?: string;
  /** Allowed values, without null (that is `nullable`). */
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems: boolean;
  properties: Map<string, Schema>;
  required: Set<string>;
  /** false: closed; a schema: the type of extra properties; undefined: open. */
  additionalProperties?: Schema | false;
  items?: Schema;
  variants?: { kind: "oneOf" | "anyOf"; schemas: Schema[] };
  /** `mapping` values name their target: a component name for `#/components/schemas/X`, else the ref as written. */
  discriminator?: { propertyName: string; mapping: Map<string, string> };
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  default?: unknown;
}

const NUMERIC_KEYWORDS = [
  "minimum",
  "maximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
] as const;

/** Normalises the schemas of one document; a `$ref` target is normalised once and shared. */
export class SchemaNormalizer {
  private readonly byPointer = new Map<string, Schema>();

  constructor(private readonly document: Record<string, unknown>) {}

  normalize(node: unknown, pointer: string): Schema {
    return this.build(node, pointer, new Set());
  }

  private build(node: unknown, pointer: string, resolving: Set<string>): Schema {
    if (isRecord(node) && typeof node["$ref"] === "string" && node["$ref"].startsWith("#")) {
      return this.reference(node["$ref"].slice(1), resolving);
    }
    if (!isRecord(node)) return emptySchema(pointer, node === false ? [] : undefined);
    return this.fromObject(node, pointer, resolving);
  }

  private reference(target: string, resolving: Set<string>): Schema {
    const cached = this.byPointer.get(target);
    if (cached) return cached;
    const schema = emptySchema(target);
    const name = /^\/components\/schemas\/([^/]+)$/.exec(target)?.[1];
    if (name !== undefined) schema.refName = name.replaceAll("~1", "/").replaceAll("~0", "~");
    this.byPointer.set(target, schema);
    const found = getAtPointer(this.document, target);
    resolving.add(target);
    Object.assign(schema, this.build(found.found ? found.value : undefined, target, resolving), {
      pointer: target,
      refName: schema.refName,
    });
    resolving.delete(target);
    return schema;
  }

  private fromObject(
    node: Record<string, unknown>,
    pointer: string,
    resolving: Set<string>,
  ): Schema {
    const own = this.ownKeywords(node, pointer, resolving);
    const members = Array.isArray(node["allOf"]) ? node["allOf"] : [];
    let merged = own;
    members.forEach((member, index) => {
      if (
        isRecord(member) &&
        typeof member["$ref"] === "string" &&
        resolving.has(member["$ref"].slice(1))
      )
        return;
      merged = mergeSchemas(
        merged,
        this.build(member, joinPointer(pointer, "allOf", index), resolving),
      );
    });
    return collapseNullVariant(merged);
  }

  private ownKeywords(
    node: Record<string, unknown>,
    pointer: string,
    resolving: Set<string>,
  ): Schema {
    const schema = emptySchema(pointer);
    const declared = node["type"];
    const typeList = Array.isArray(declared)
      ? declared.map(String)
      : typeof declared === "string"
        ? [declared]
        : undefined;
    if (typeList) {
      schema.nullable = typeList.includes("null");
      schema.types = [...new Set(typeList.filter((t) => t !== "null"))].sort();
    }
    if (node["nullable"] === true) schema.nullable = true;
    if (typeof node["format"] === "string") schema.format = node["format"];
    const values =
      "const" in node ? [node["const"]] : Array.isArray(node["enum"]) ? node["enum"] : undefined;
    if (values) {
      if (values.includes(null)) schema.nullable = true;
      schema.enum = values.filter((v) => v !== null);
    }
    for (const keyword of NUMERIC_KEYWORDS) {
      if (typeof node[keyword] === "number") schema[keyword] = node[keyword];
    }
    // 3.0 writes exclusive bounds as booleans next to minimum/maximum; 3.1 as numbers.
    for (const [exclusive, bound] of [
      ["exclusiveMinimum", "minimum"],
      ["exclusiveMaximum", "maximum"],
    ] as const) {
      const value = node[exclusive];
      if (typeof value === "number") schema[exclusive] = value;
      else if (value === true && schema[bound] !== undefined) {
        schema[exclusive] = schema[bound];
        delete schema[bound];
      }
    }
    if (typeof node["pattern"] === "string") schema.pattern = node["pattern"];
    const discriminator = readDiscriminator(node["discriminator"]);
    if (discriminator) schema.discriminator = discriminator;
    schema.uniqueItems = node["uniqueItems"] === true;
    schema.readOnly = node["readOnly"] === true;
    schema.writeOnly = node["writeOnly"] === true;
    schema.deprecated = node["deprecated"] === true;
    if ("default" in node) schema.default = node["default"];

    if (isRecord(node["properties"])) {
      for (const [name, property] of Object.entries(node["properties"])) {
        schema.properties.set(
          name,
          this.build(property, joinPointer(pointer, "properties", name), resolving),
        );
      }
    }
    if (Array.isArray(node["required"]))
      for (const name of node["required"]) schema.required.add(String(name));
    const additional = node["additionalProperties"];
    if (additional === false) schema.additionalProperties = false;
    else if (isRecord(additional) && Object.keys(additional).length > 0) {
      schema.additionalProperties = this.build(
        additional,
        joinPointer(pointer, "additionalProperties"),
        resolving,
      );
    }
    if (node["items"] !== undefined && !Array.isArray(node["items"])) {
      schema.items = this.build(node["items"], joinPointer(pointer, "items"), resolving);
    }
    for (const kind of ["oneOf", "anyOf"] as const) {
      const list = node[kind];
      if (!Array.isArray(list)) continue;
      schema.variants = {
        kind,
        schemas: list.map((variant, index) =>
          this.build(variant, joinPointer(pointer, kind, index), resolving),
        ),
      };
    }
    if (schema.types === undefined) {
      if (schema.properties.size > 0 || schema.additionalProperties !== undefined)
        schema.types = ["object"];
      else if (schema.items) schema.types = ["array"];
    }
    return schema;
  }
}

function readDiscriminator(node: unknown): Schema["discriminator"] {
  if (!isRecord(node) || typeof node["propertyName"] !== "string") return undefined;
  const mapping = new Map<string, string>();
  if (isRecord(node["mapping"])) {
    for (const [value, target] of Object.entries(node["mapping"])) {
      const ref = String(target);
      const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
      mapping.set(
        value,
        name === undefined ? ref : name.replaceAll("~1", "/").replaceAll("~0", "~"),
      );
    }
  }
  return { propertyName: node["propertyName"], mapping };
}

export function emptySchema(pointer: string, types?: string[]): Schema {
  return {
    pointer,
    ...(types ? { types } : {}),
    nullable: false,
    uniqueItems: false,
    properties: new Map(),
    required: new Set(),
    readOnly: false,
    writeOnly: false,
    deprecated: false,
  };
}

/** `anyOf: [X, {type: "null"}]` is how 3.1 writes a nullable X: make it X with `nullable`. */
function collapseNullVariant(schema: Schema): Schema {
  if (!schema.variants) return schema;
  const isNull = (s: Schema) => s.nullable && s.types !== undefined && s.types.length === 0;
  const others = schema.variants.schemas.filter((s) => !isNull(s));
  if (others.length === schema.variants.schemas.length) return schema;
  const { variants: _dropped, ...rest } = schema;
  const withoutVariants: Schema = { ...rest };
  if (others.length !== 1) {
    return {
      ...withoutVariants,
      nullable: true,
      variants: { kind: schema.variants.kind, schemas: others },
    };
  }
  return { ...mergeSchemas(withoutVariants, others[0]!), nullable: true, pointer: schema.pointer };
}

/** The contract of both: the intersection of what each allows. */
export function mergeSchemas(a: Schema, b: Schema): Schema {
  const merged: Schema = {
    ...a,
    // `nullable: true` beside `allOf: [$ref]` is how 3.0 writes "X or null"; read it as the author meant.
    nullable: a.nullable || b.nullable,
    uniqueItems: a.uniqueItems || b.uniqueItems,
    readOnly: a.readOnly || b.readOnly,
    writeOnly: a.writeOnly || b.writeOnly,
    deprecated: a.deprecated || b.deprecated,
    properties: new Map(a.properties),
    required: new Set([...a.required, ...b.required]),
  };
  delete merged.refName;
  if (b.types !== undefined)
    merged.types = a.types === undefined ? b.types : intersectTypes(a.types, b.types);
  if (merged.format === undefined && b.format !== undefined) merged.format = b.format;
  if (b.enum !== undefined)
    merged.enum =
      a.enum === undefined ? b.enum : a.enum.filter((v) => b.enum!.some((w) => sameValue(v, w)));
  for (const key of ["minimum", "exclusiveMinimum", "minLength", "minItems"] as const) {
    if (b[key] !== undefined)
      merged[key] = a[key] === undefined ? b[key] : Math.max(a[key]!, b[key]!);
  }
  for (const key of ["maximum", "exclusiveMaximum", "maxLength", "maxItems"] as const) {
    if (b[key] !== undefined)
      merged[key] = a[key] === undefined ? b[key] : Math.min(a[key]!, b[key]!);
  }
  if (merged.multipleOf === undefined && b.multipleOf !== undefined)
    merged.multipleOf = b.multipleOf;
  if (merged.discriminator === undefined && b.discriminator !== undefined)
    merged.discriminator = b.discriminator;
  if (merged.pattern === undefined && b.pattern !== undefined) merged.pattern = b.pattern;
  if ("default" in b && !("default" in a)) merged.default = b.default;
  for (const [name, property] of b.properties) {
    const existing = merged.properties.get(name);
    merged.properties.set(name, existing ? mergeSchemas(existing, property) : property);
  }
  if (b.additionalProperties !== undefined) {
    merged.additionalProperties =
      b.additionalProperties === false || a.additionalProperties === false
        ? false
        : a.additionalProperties === undefined
          ? b.additionalProperties
          : mergeSchemas(a.additionalProperties, b.additionalProperties);
  }
  if (b.items) merged.items = a.items ? mergeSchemas(a.items, b.items) : b.items;
  if (merged.variants === undefined && b.variants !== undefined) merged.variants = b.variants;
  return merged;
}

function intersectTypes(a: string[], b: string[]): string[] {
  const result = new Set<string>();
  for (const t of a) {
    if (b.includes(t)) result.add(t);
    else if (t === "integer" && b.includes("number")) result.add("integer");
    else if (t === "number" && b.includes("integer")) result.add("integer");
  }
  return [...result].sort();
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
