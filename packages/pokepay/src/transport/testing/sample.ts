import { deref, isObject, type Json } from "./schema.js";

const STRING_FORMATS: Record<string, string> = {
  "date-time": "2026-01-01T00:00:00.000+09:00",
  date: "2026-01-01",
  time: "00:00:00+09:00",
  uuid: "00000000-0000-4000-8000-000000000000",
  email: "partner@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  byte: "AA==",
};

/**
 * A plausible value for a schema of `document`: the schema's own example, const, default or first
 * enum value when it has one, otherwise one built from its type and constraints (every property of an
 * object down to a few levels, then required ones; one item per array). Good enough for a mock answer;
 * not a fuzzer and not guaranteed to meet `pattern`s.
 */
export function sampleFromSchema(document: unknown, schema: unknown, depth = 0): Json {
  const node = deref(document, schema);
  if (!isObject(node)) return node === false ? null : {};
  if (node["example"] !== undefined) return node["example"];
  if (Array.isArray(node["examples"]) && node["examples"].length > 0) return node["examples"][0]!;
  if (node["const"] !== undefined) return node["const"];
  if (node["default"] !== undefined) return node["default"];
  if (Array.isArray(node["enum"]) && node["enum"].length > 0)
    return node["enum"].find((value) => value !== null) ?? null;
  if (depth > 12) return null;

  if (Array.isArray(node["allOf"])) {
    const parts = node["allOf"].map((part) => sampleFromSchema(document, part, depth + 1));
    return parts.every(isObject) ? Object.assign({}, ...parts) : (parts[0] ?? null);
  }
  for (const keyword of ["oneOf", "anyOf"]) {
    const choices = node[keyword];
    if (Array.isArray(choices) && choices.length > 0) {
      const first =
        choices.find(
          (choice) => (deref(document, choice) as { type?: unknown } | undefined)?.type !== "null",
        ) ?? choices[0];
      return sampleFromSchema(document, first, depth + 1);
    }
  }

  const types = Array.isArray(node["type"]) ? node["type"] : [node["type"]];
  const type = types.find((t) => t !== "null") ?? (types.includes("null") ? "null" : undefined);
  switch (
    type ??
    (isObject(node["properties"]) ? "object" : isObject(node["items"]) ? "array" : undefined)
  ) {
    case "object": {
      const properties = isObject(node["properties"]) ? node["properties"] : {};
      const required = new Set(Array.isArray(node["required"]) ? node["required"] : []);
      const out: { [key: string]: Json } = {};
      for (const [name, child] of Object.entries(properties)) {
        if (depth <= 3 || required.has(name))
          out[name] = sampleFromSchema(document, child, depth + 1);
      }
      return out;
    }
    case "array": {
      const count = Math.max(
        typeof node["minItems"] === "number" ? node["minItems"] : 0,
        depth <= 3 ? 1 : 0,
      );
      return Array.from({ length: count }, () =>
        sampleFromSchema(document, node["items"], depth + 1),
      );
    }
    case "string": {
      const format =
        typeof node["format"] === "string" ? STRING_FORMATS[node["format"]] : undefined;
      if (format) return format;
      const min = typeof node["minLength"] === "number" ? node["minLength"] : 0;
      const max = typeof node["maxLength"] === "number" ? node["maxLength"] : Infinity;
      return "sample".padEnd(min, "x").slice(0, max);
    }
    case "integer":
    case "number": {
      const lower =
        typeof node["minimum"] === "number"
          ? node["minimum"]
          : typeof node["exclusiveMinimum"] === "number"
            ? node["exclusiveMinimum"] + 1
            : 0;
      const upper =
        typeof node["maximum"] === "number"
          ? node["maximum"]
          : typeof node["exclusiveMaximum"] === "number"
            ? node["exclusiveMaximum"] - 1
            : Infinity;
      const value = Math.min(Math.max(lower, 1), upper);
      return type === "integer" ? Math.ceil(value) : value;
    }
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return {};
  }
}
