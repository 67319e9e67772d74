import { deref } from "../../util/deref.js";
import { isRecord, joinPointer } from "../../util/json-pointer.js";
import { operations } from "../../util/openapi-walk.js";
import { SchemaNormalizer, emptySchema, type Schema } from "./schema.js";

export interface MediaType {
  mediaType: string;
  pointer: string;
  schema: Schema;
}

export interface Parameter {
  name: string;
  in: string;
  required: boolean;
  deprecated: boolean;
  pointer: string;
  schema: Schema;
  /** How the value is serialised, defaults applied (`form` + explode for query); absent with `content`. */
  serialization?: { style: string; explode: boolean };
}

export interface RequestBody {
  required: boolean;
  pointer: string;
  content: Map<string, MediaType>;
}

export interface Header {
  name: string;
  required: boolean;
  pointer: string;
  schema: Schema;
}

export interface Response {
  status: string;
  pointer: string;
  content: Map<string, MediaType>;
  /** Lower-cased header name → header. */
  headers: Map<string, Header>;
}

/** Scheme name → scopes; one entry of an operation's `security` list. */
export type SecurityRequirement = Map<string, string[]>;

export interface Operation {
  /** `paths` or `webhooks`. */
  section: "paths" | "webhooks";
  method: string;
  /** The path template (or webhook name) as written. */
  path: string;
  /** `GET /charges/{id}`, or `webhook charge.created POST`. */
  label: string;
  operationId?: string;
  pointer: string;
  deprecated: boolean;
  /** `in:name` (header names lower-cased) → parameter, path-level ones merged in. */
  parameters: Map<string, Parameter>;
  requestBody?: RequestBody;
  responses: Map<string, Response>;
  /** The effective requirements: the operation's own, else the document's; undefined when none. */
  security?: SecurityRequirement[];
  securityPointer: string;
  /** The operation's own `servers`, else its path item's; empty when the document's servers apply. */
  servers: Server[];
}

export interface SecurityScheme {
  name: string;
  pointer: string;
  type: string;
  /** `in`+`name` for apiKey, `scheme` for http, flows' URLs for oauth2: what identifies it. */
  detail: string;
}

export interface Server {
  url: string;
  pointer: string;
}

/** A schema under `components.schemas`: the generated package exports it as `components["schemas"][name]`. */
export interface ComponentSchema {
  name: string;
  pointer: string;
  schema: Schema;
}

/** Everything the diff rules compare, with every `$ref` resolved. */
export interface NormalizedSpec {
  /** Keyed by {@link operationKey}. */
  operations: Map<string, Operation>;
  /** Keyed by `name METHOD`. */
  webhooks: Map<string, Operation>;
  securitySchemes: Map<string, SecurityScheme>;
  servers: Server[];
  /** Keyed by name. */
  schemas: Map<string, ComponentSchema>;
}

/** Operations are matched by method and path with the parameter names blanked out. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;
}

export function normalizeSpec(document: Record<string, unknown>): NormalizedSpec {
  const schemas = new SchemaNormalizer(document);
  const result: NormalizedSpec = {
    operations: new Map(),
    webhooks: new Map(),
    securitySchemes: new Map(),
    servers: [],
    schemas: new Map(),
  };
  const globalSecurity = readSecurity(document["security"]);

  for (const site of operations(document)) {
    const own = readSecurity(site.operation["security"]);
    const parameters = new Map<string, Parameter>();
    for (const [list, listPointer] of [
      [site.pathItem["parameters"], joinPointer("", site.section, site.key, "parameters")],
      [site.operation["parameters"], joinPointer(site.pointer, "parameters")],
    ] as const) {
      if (!Array.isArray(list)) continue;
      list.forEach((entry, index) => {
        const parameter = readParameter(document, schemas, entry, joinPointer(listPointer, index));
        if (parameter)
          parameters.set(
            `${parameter.in}:${parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name}`,
            parameter,
          );
      });
    }
    const method = site.method.toUpperCase();
    const operation: Operation = {
      section: site.section,
      method,
      path: site.key,
      label: site.section === "paths" ? `${method} ${site.key}` : `webhook ${site.key} ${method}`,
      ...(typeof site.operation["operationId"] === "string"
        ? { operationId: site.operation["operationId"] }
        : {}),
      pointer: site.pointer,
      deprecated: site.operation["deprecated"] === true,
      parameters,
      ...optional(
        "requestBody",
        readRequestBody(
          document,
          schemas,
          site.operation["requestBody"],
          joinPointer(site.pointer, "requestBody"),
        ),
      ),
      responses: readResponses(
        document,
        schemas,
        site.operation["responses"],
        joinPointer(site.pointer, "responses"),
      ),
      ...optional("security", own ?? globalSecurity),
      securityPointer: own ? joinPointer(site.pointer, "security") : "/security",
      servers: Array.isArray(site.operation["servers"])
        ? readServers(site.operation["servers"], joinPointer(site.pointer, "servers"))
        : readServers(site.pathItem["servers"], joinPointer("", site.section, site.key, "servers")),
    };
    if (site.section === "paths") result.operations.set(operationKey(method, site.key), operation);
    else result.webhooks.set(`${site.key} ${method}`, operation);
  }

  const components = isRecord(document["components"]) ? document["components"] : {};
  const schemes = isRecord(components["securitySchemes"]) ? components["securitySchemes"] : {};
  for (const [name, value] of Object.entries(schemes)) {
    const resolved = deref(document, value);
    if (!resolved) continue;
    result.securitySchemes.set(name, {
      name,
      pointer: joinPointer("/components/securitySchemes", name),
      ...describeScheme(resolved.value),
    });
  }
  result.servers.push(...readServers(document["servers"], "/servers"));
  for (const name of Object.keys(isRecord(components["schemas"]) ? components["schemas"] : {})) {
    const pointer = joinPointer("/components/schemas", name);
    // Through a `$ref`, so a component and its uses are one normalised node.
    result.schemas.set(name, {
      name,
      pointer,
      schema: schemas.normalize({ $ref: `#${pointer}` }, pointer),
    });
  }
  return result;
}

/** Every component schema, and every schema an operation or webhook reaches directly. */
export function schemaRoots(spec: NormalizedSpec): Schema[] {
  return [
    ...[...spec.schemas.values()].map((component) => component.schema),
    ...operationSchemaRoots(spec),
  ];
}

/** Every schema an operation or webhook of the spec reaches directly. */
export function operationSchemaRoots(spec: NormalizedSpec): Schema[] {
  const roots: Schema[] = [];
  for (const operation of [...spec.operations.values(), ...spec.webhooks.values()]) {
    for (const parameter of operation.parameters.values()) roots.push(parameter.schema);
    for (const media of operation.requestBody?.content.values() ?? []) roots.push(media.schema);
    for (const response of operation.responses.values()) {
      for (const media of response.content.values()) roots.push(media.schema);
      for (const header of response.headers.values()) roots.push(header.schema);
    }
  }
  return roots;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}

/** The entries of a `servers` list that have a URL, each with its pointer. */
function readServers(list: unknown, pointer: string): Server[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((server, index) =>
    isRecord(server) && typeof server["url"] === "string"
      ? [{ url: server["url"], pointer: joinPointer(pointer, index) }]
      : [],
  );
}

function readSecurity(value: unknown): SecurityRequirement[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(isRecord)
    .map(
      (requirement) =>
        new Map(
          Object.entries(requirement).map(([name, scopes]) => [
            name,
            Array.isArray(scopes) ? scopes.map(String).sort() : [],
          ]),
        ),
    );
}

function describeScheme(scheme: Record<string, unknown>): { type: string; detail: string } {
  const type = String(scheme["type"] ?? "");
  switch (type) {
    case "apiKey":
      return { type, detail: `${String(scheme["in"])} ${String(scheme["name"])}` };
    case "http":
      return { type, detail: String(scheme["scheme"] ?? "").toLowerCase() };
    case "oauth2": {
      const flows = isRecord(scheme["flows"]) ? scheme["flows"] : {};
      return { type, detail: Object.keys(flows).sort().join(",") };
    }
    case "openIdConnect":
      return { type, detail: String(scheme["openIdConnectUrl"] ?? "") };
    default:
      return { type, detail: "" };
  }
}

function readParameter(
  document: Record<string, unknown>,
  schemas: SchemaNormalizer,
  entry: unknown,
  pointer: string,
): Parameter | undefined {
  const resolved = deref(document, entry);
  if (
    !resolved ||
    typeof resolved.value["name"] !== "string" ||
    typeof resolved.value["in"] !== "string"
  )
    return undefined;
  const at = resolved.pointer ?? pointer;
  const p = resolved.value;
  return {
    name: p["name"] as string,
    in: p["in"] as string,
    required: p["required"] === true,
    deprecated: p["deprecated"] === true,
    pointer: at,
    schema: parameterSchema(schemas, p, at),
    ...optional("serialization", serialization(p)),
  };
}

/** The OpenAPI defaults: `form` for query and cookie, `simple` for path and header; explode only for `form`. */
function serialization(p: Record<string, unknown>): Parameter["serialization"] {
  if (isRecord(p["content"])) return undefined;
  const style =
    typeof p["style"] === "string"
      ? p["style"]
      : p["in"] === "query" || p["in"] === "cookie"
        ? "form"
        : "simple";
  const explode = typeof p["explode"] === "boolean" ? p["explode"] : style === "form";
  return { style, explode };
}

/** A parameter's schema, or the schema of its only `content` entry. */
function parameterSchema(
  schemas: SchemaNormalizer,
  p: Record<string, unknown>,
  pointer: string,
): Schema {
  if (p["schema"] !== undefined)
    return schemas.normalize(p["schema"], joinPointer(pointer, "schema"));
  if (isRecord(p["content"])) {
    const [mediaType, media] = Object.entries(p["content"])[0] ?? [];
    if (mediaType && isRecord(media))
      return schemas.normalize(
        media["schema"],
        joinPointer(pointer, "content", mediaType, "schema"),
      );
  }
  return emptySchema(pointer);
}

function readContent(
  schemas: SchemaNormalizer,
  content: unknown,
  pointer: string,
): Map<string, MediaType> {
  const result = new Map<string, MediaType>();
  if (!isRecord(content)) return result;
  for (const [mediaType, media] of Object.entries(content)) {
    const at = joinPointer(pointer, mediaType);
    const schema =
      isRecord(media) && media["schema"] !== undefined
        ? schemas.normalize(media["schema"], joinPointer(at, "schema"))
        : emptySchema(at);
    result.set(mediaType.toLowerCase(), { mediaType, pointer: at, schema });
  }
  return result;
}

function readRequestBody(
  document: Record<string, unknown>,
  schemas: SchemaNormalizer,
  value: unknown,
  pointer: string,
): RequestBody | undefined {
  if (value === undefined) return undefined;
  const resolved = deref(document, value);
  if (!resolved) return undefined;
  const at = resolved.pointer ?? pointer;
  return {
    required: resolved.value["required"] === true,
    pointer: at,
    content: readContent(schemas, resolved.value["content"], joinPointer(at, "content")),
  };
}

function readResponses(
  document: Record<string, unknown>,
  schemas: SchemaNormalizer,
  value: unknown,
  pointer: string,
): Map<string, Response> {
  const result = new Map<string, Response>();
  if (!isRecord(value)) return result;
  for (const [status, entry] of Object.entries(value)) {
    const resolved = deref(document, entry);
    if (!resolved) continue;
    const at = resolved.pointer ?? joinPointer(pointer, status);
    const headers = new Map<string, Header>();
    if (isRecord(resolved.value["headers"])) {
      for (const [name, header] of Object.entries(resolved.value["headers"])) {
        const h = deref(document, header);
        if (!h) continue;
        const headerPointer = h.pointer ?? joinPointer(at, "headers", name);
        headers.set(name.toLowerCase(), {
          name,
          required: h.value["required"] === true,
          pointer: headerPointer,
          schema: parameterSchema(schemas, h.value, headerPointer),
        });
      }
    }
    result.set(status.toUpperCase(), {
      status: status.toUpperCase(),
      pointer: at,
      content: readContent(schemas, resolved.value["content"], joinPointer(at, "content")),
      headers,
    });
  }
  return result;
}
