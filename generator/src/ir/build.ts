import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import type { LoadedSpec } from "../load/index.js";
import { deref } from "../util/deref.js";
import { getAtPointer, isRecord, joinPointer, splitPointer } from "../util/json-pointer.js";
import { operations } from "../validate/index.js";
import { exampleValue } from "./example-value.js";
import { deriveMissingOperationIds, withOperationIds } from "./operation-ids.js";
import { camelCase, methodNameFrom, npmNameFromTitle, pascalCase, RESERVED_MEMBER_NAMES } from "./naming.js";
import type {
  BodyIR, ClientHeaderIR, ErrorIR, HttpMethod, IdempotencyIR, OperationIR, PaginationIR, ParamIR,
  PackageLayout, ProviderIR, ResponseIR, SecuritySchemeIR, ServerIR, TransportIR, WebhookIR,
} from "./types.js";

/** `/v1/charges` groups under `charges`, not `v1`. */
const VERSION_SEGMENT = /^v\d+(\.\d+)*$/i;

export interface BuildInput {
  id: string;
  /** Repository-relative path of the entry file (its file name for a standalone package), for headers. */
  specPath: string;
  spec: LoadedSpec;
  /** Default `workspace`. */
  layout?: PackageLayout;
}

/** Builds the IR from a spec that passed validation. Naming conflicts come back as diagnostics. */
export function buildIR(input: BuildInput): { ir?: ProviderIR; diagnostics: Diagnostic[] } {
  const { spec } = input;
  const document = spec.document;
  const info = isRecord(document["info"]) ? document["info"] : {};
  const packageExtension = isRecord(document["x-paygen-package"]) ? document["x-paygen-package"] : {};
  const clientHeaders = readClientHeaders(document);
  const clientHeaderNames = new Set(clientHeaders.map((h) => h.name.toLowerCase()));
  const diagnostics: Diagnostic[] = [];

  const ops: OperationIR[] = [];
  const explicitNames = new Set<OperationIR>();
  const derivedIds = deriveMissingOperationIds(document);
  for (const site of operations(document)) {
    if (site.section !== "paths") continue;
    const operationId = derivedIds.get(site.operation) ?? String(site.operation["operationId"]);
    const op = buildOperation(document, operationId, site.key, site.method, site.pathItem, site.operation, clientHeaderNames);
    if (typeof site.operation["x-paygen-method"] === "string" || typeof site.operation["x-paygen-resource"] === "string") explicitNames.add(op);
    ops.push(op);
  }
  diagnostics.push(...checkClientNames(ops, explicitNames, spec));
  const webhooks = readWebhooks(document);

  const layout = input.layout ?? "workspace";
  const title = typeof info["title"] === "string" ? info["title"] : input.id;
  const ir: ProviderIR = {
    id: input.id,
    packageName:
      typeof packageExtension["name"] === "string"
        ? packageExtension["name"]
        : layout === "standalone"
          ? npmNameFromTitle(title, input.id)
          : `@paygen/${input.id}`,
    layout,
    clientName: typeof packageExtension["clientName"] === "string" ? packageExtension["clientName"] : pascalCase(input.id),
    title,
    apiVersion: typeof info["version"] === "string" ? info["version"] : "",
    description: typeof info["description"] === "string" ? info["description"] : undefined,
    specPath: input.specPath,
    specSha256: spec.sha256,
    openapiVersion: String(document["openapi"]).startsWith("3.0") ? "3.0" : "3.1",
    servers: readServers(document["servers"]),
    securitySchemes: readSecuritySchemes(document),
    clientHeaders,
    error: readError(document),
    requestIdHeader: typeof document["x-paygen-request-id-header"] === "string" ? document["x-paygen-request-id-header"] : undefined,
    transport: readTransport(document),
    operations: ops,
    webhooks,
    webhookDefinitions: reachableSchemas(document, webhooks.map((w) => w.schema)),
    document: withOperationIds(document, derivedIds),
  };
  return diagnostics.length > 0 ? { diagnostics } : { ir, diagnostics };
}

function buildOperation(
  document: Record<string, unknown>,
  operationId: string,
  path: string,
  httpMethod: HttpMethod,
  pathItem: Record<string, unknown>,
  operation: Record<string, unknown>,
  clientHeaderNames: Set<string>,
): OperationIR {
  const parameters = mergeParameters(document, pathItem["parameters"], operation["parameters"]);
  const param = (p: Record<string, unknown>): ParamIR => ({
    name: String(p["name"]),
    required: p["required"] === true,
    description: typeof p["description"] === "string" ? p["description"] : undefined,
    deprecated: p["deprecated"] === true,
    example: exampleValue(document, p["schema"], p["example"] ?? firstExample(p["examples"]), String(p["name"])),
  });
  const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const pathParams = parameters.filter((p) => p["in"] === "path").map(param).sort((a, b) => pathOrder.indexOf(a.name) - pathOrder.indexOf(b.name));
  const idempotencyHeader = parameters.find((p) => p["in"] === "header" && p["x-paygen-idempotency-key"] === true);
  const headerParams = parameters
    .filter((p) => p["in"] === "header" && p !== idempotencyHeader && !clientHeaderNames.has(String(p["name"]).toLowerCase()))
    .map(param);
  const body = readBody(document, operation["requestBody"]);
  const resourceExtension = operation["x-paygen-resource"];
  const tags = Array.isArray(operation["tags"]) ? operation["tags"] : [];
  const resource =
    typeof resourceExtension === "string"
      ? resourceExtension.split(".")
      : [camelCase(typeof tags[0] === "string" ? tags[0] : (path.split("/").find((s) => s && !s.startsWith("{") && !VERSION_SEGMENT.test(s)) ?? "default"))];
  const operationServers = operation["servers"] ?? pathItem["servers"];
  return {
    operationId,
    resource,
    method: typeof operation["x-paygen-method"] === "string" ? operation["x-paygen-method"] : methodNameFrom(operationId),
    httpMethod,
    path,
    summary: typeof operation["summary"] === "string" ? operation["summary"] : undefined,
    description: typeof operation["description"] === "string" ? operation["description"] : undefined,
    deprecated: operation["deprecated"] === true,
    pathParams,
    queryParams: parameters.filter((p) => p["in"] === "query").map(param),
    headerParams,
    body: body?.ir,
    responses: readResponses(document, operation["responses"]),
    security: readSecurity(operation["security"] ?? document["security"]),
    servers: Array.isArray(operationServers) ? readServers(operationServers) : undefined,
    idempotency: idempotencyHeader
      ? { in: "header", name: String(idempotencyHeader["name"]) }
      : body?.idempotency,
    pagination: readPagination(operation["x-paygen-pagination"]),
  };
}

function mergeParameters(document: unknown, pathLevel: unknown, operationLevel: unknown): Record<string, unknown>[] {
  const merged = new Map<string, Record<string, unknown>>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const parameter = deref(document, item)?.value;
      if (parameter) merged.set(`${String(parameter["in"])}:${String(parameter["name"])}`, parameter);
    }
  }
  return [...merged.values()];
}

function readBody(document: unknown, requestBody: unknown): { ir: BodyIR; idempotency: IdempotencyIR | undefined } | undefined {
  const body = deref(document, requestBody)?.value;
  if (!body || !isRecord(body["content"])) return undefined;
  const mediaTypes = Object.keys(body["content"]);
  const mediaType = mediaTypes[0];
  if (mediaType === undefined) return undefined;
  const media = body["content"][mediaType];
  const schema = isRecord(media) ? deref(document, media["schema"])?.value : undefined;
  const properties = schema && isRecord(schema["properties"]) ? schema["properties"] : {};
  const keyProperty = Object.entries(properties).find(([, s]) => isRecord(s) && s["x-paygen-idempotency-key"] === true)?.[0];
  const example = isRecord(media) ? exampleValue(document, media["schema"], media["example"] ?? firstExample(media["examples"])) : undefined;
  return {
    ir: { required: body["required"] === true, mediaType, mediaTypes, example },
    idempotency: keyProperty === undefined ? undefined : { in: "body", name: keyProperty },
  };
}

/** The value of the first entry of an OpenAPI `examples` map (`{ name: { value } }`). */
function firstExample(examples: unknown): unknown {
  const first = isRecord(examples) ? Object.values(examples)[0] : undefined;
  return isRecord(first) ? first["value"] : undefined;
}

function readResponses(document: unknown, responses: unknown): ResponseIR[] {
  if (!isRecord(responses)) return [];
  return Object.entries(responses).map(([status, response]) => {
    const resolved = deref(document, response)?.value;
    const content = resolved && isRecord(resolved["content"]) ? Object.keys(resolved["content"]) : [];
    return { status, success: /^[23]/.test(status), mediaType: content[0] };
  });
}

function readSecurity(security: unknown): string[][] {
  if (!Array.isArray(security)) return [];
  return security.filter(isRecord).map((requirement) => Object.keys(requirement));
}

function readServers(servers: unknown): ServerIR[] {
  if (!Array.isArray(servers)) return [];
  return servers.filter(isRecord).map((server, index) => ({
    url: String(server["url"]),
    environment:
      typeof server["x-paygen-environment"] === "string" ? server["x-paygen-environment"] : index === 0 ? "default" : `server${index + 1}`,
    description: typeof server["description"] === "string" ? server["description"] : undefined,
  }));
}

function readSecuritySchemes(document: Record<string, unknown>): SecuritySchemeIR[] {
  const components = isRecord(document["components"]) ? document["components"] : {};
  const schemes = isRecord(components["securitySchemes"]) ? components["securitySchemes"] : {};
  const out: SecuritySchemeIR[] = [];
  for (const [name, raw] of Object.entries(schemes)) {
    const scheme = deref(document, raw)?.value;
    if (!scheme) continue;
    const credentials = isRecord(scheme["x-paygen-credentials"]) ? scheme["x-paygen-credentials"] : {};
    const type = scheme["type"];
    const httpScheme = typeof scheme["scheme"] === "string" ? scheme["scheme"].toLowerCase() : "";
    if (type === "http" && httpScheme === "basic") {
      out.push({
        name,
        kind: "basic",
        username: typeof credentials["username"] === "string" ? credentials["username"] : `${camelCase(name)}Username`,
        password: typeof credentials["password"] === "string" ? credentials["password"] : undefined,
      });
    } else if (type === "http" || type === "oauth2" || type === "openIdConnect") {
      const token = credentials["token"];
      out.push({
        name,
        kind: "bearer",
        tokenParts: typeof token === "string" ? [token] : Array.isArray(token) ? token.map(String) : [camelCase(name)],
        separator: typeof credentials["separator"] === "string" ? credentials["separator"] : "",
        tokenOperation: typeof scheme["x-paygen-token-operation"] === "string" ? scheme["x-paygen-token-operation"] : undefined,
        scopes: clientCredentialScopes(scheme),
      });
    } else if (type === "apiKey") {
      const location = scheme["in"] === "query" || scheme["in"] === "cookie" ? scheme["in"] : "header";
      out.push({
        name,
        kind: "apiKey",
        in: location,
        parameterName: String(scheme["name"]),
        option: typeof credentials["value"] === "string" ? credentials["value"] : camelCase(name),
      });
    } else if (type === "mutualTLS") {
      out.push({ name, kind: "mutualTLS" });
    }
  }
  return out;
}

function clientCredentialScopes(scheme: Record<string, unknown>): string[] {
  const flows = isRecord(scheme["flows"]) ? scheme["flows"] : {};
  const flow = isRecord(flows["clientCredentials"]) ? flows["clientCredentials"] : {};
  return isRecord(flow["scopes"]) ? Object.keys(flow["scopes"]) : [];
}

function readClientHeaders(document: Record<string, unknown>): ClientHeaderIR[] {
  const list = document["x-paygen-client-headers"];
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((header) => ({
    name: String(header["name"]),
    option: String(header["option"]),
    description: typeof header["description"] === "string" ? header["description"] : undefined,
    example: typeof header["example"] === "string" ? header["example"] : undefined,
    default: typeof header["default"] === "string" ? header["default"] : undefined,
  }));
}

function readError(document: Record<string, unknown>): ErrorIR | undefined {
  const extension = document["x-paygen-error"];
  if (!isRecord(extension)) return undefined;
  const ref = isRecord(extension["schema"]) ? extension["schema"]["$ref"] : undefined;
  const segments = typeof ref === "string" ? splitPointer(ref) : [];
  const schemaName = segments.length === 3 && segments[0] === "components" && segments[1] === "schemas" ? segments[2] : undefined;
  return { schemaName, codeField: String(extension["code"]) };
}

function readTransport(document: Record<string, unknown>): TransportIR | undefined {
  const extension = document["x-paygen-transport"];
  if (!isRecord(extension)) return undefined;
  const loader = isRecord(extension["loader"]) ? extension["loader"] : undefined;
  return {
    module: String(extension["module"]),
    exportName: String(extension["export"]),
    options: Array.isArray(extension["options"]) ? extension["options"].map(String) : [],
    loader: loader ? { exportName: String(loader["export"]), argument: String(loader["argument"]) } : undefined,
  };
}

function readPagination(extension: unknown): PaginationIR | undefined {
  if (!isRecord(extension)) return undefined;
  return extension as unknown as PaginationIR;
}

function readWebhooks(document: Record<string, unknown>): WebhookIR[] {
  const webhooks = document["webhooks"];
  if (!isRecord(webhooks)) return [];
  const out: WebhookIR[] = [];
  for (const [name, item] of Object.entries(webhooks)) {
    const pathItem = deref(document, item)?.value ?? {};
    const httpMethod = (["post", "put", "patch", "get", "delete"] as const).find((m) => isRecord(pathItem[m]));
    if (!httpMethod) continue;
    const operation = pathItem[httpMethod] as Record<string, unknown>;
    const body = deref(document, operation["requestBody"])?.value;
    const content = body && isRecord(body["content"]) ? Object.entries(body["content"])[0] : undefined;
    const schema = content && isRecord(content[1]) && isRecord(content[1]["schema"]) ? content[1]["schema"] : undefined;
    if (!content || !schema) continue;
    out.push({
      name,
      summary: typeof operation["summary"] === "string" ? operation["summary"] : undefined,
      httpMethod,
      mediaType: content[0],
      schema,
    });
  }
  return out;
}

/** Named component schemas that the given schemas refer to, directly or through each other. */
function reachableSchemas(document: Record<string, unknown>, roots: unknown[]): Record<string, unknown> {
  const components = getAtPointer(document, "/components/schemas").value;
  const found = new Map<string, unknown>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isRecord(value)) return;
    const ref = value["$ref"];
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = splitPointer(ref)[2]!;
      if (!found.has(name) && isRecord(components) && name in components) {
        found.set(name, components[name]);
        visit(components[name]);
      }
    }
    for (const [key, child] of Object.entries(value)) if (key !== "example" && key !== "examples") visit(child);
  };
  roots.forEach(visit);
  return Object.fromEntries([...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Two operations may not share a client method, and a method may not shadow a sub-resource. Names the
 * spec chose (x-paygen-resource / x-paygen-method) are errors to fix; derived names are made unique.
 */
function checkClientNames(ops: OperationIR[], explicit: Set<OperationIR>, spec: LoadedSpec): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const methods = new Map<string, OperationIR>();
  const resources = new Set<string>();
  for (const op of ops) {
    if (!explicit.has(op)) op.resource = op.resource.map((name) => (RESERVED_MEMBER_NAMES.has(name) ? `${name}Resource` : name));
    op.resource.forEach((_, i) => resources.add(op.resource.slice(0, i + 1).join(".")));
  }
  const taken = (key: string): boolean => methods.has(key) || resources.has(key);
  for (const op of ops) {
    // Computed only for a report: on JSON specs the first lookup parses source positions.
    const location = (): ReturnType<LoadedSpec["locate"]> => spec.locate(joinPointer("", "paths", op.path, op.httpMethod, "operationId"));
    if (!explicit.has(op)) {
      if (RESERVED_MEMBER_NAMES.has(op.method)) op.method = `${op.method}Operation`;
      const base = op.method;
      for (let n = 2; taken([...op.resource, op.method].join(".")); n++) op.method = `${base}${n}`;
    }
    const key = [...op.resource, op.method].join(".");
    const bad = [...op.resource, op.method].find((name) => RESERVED_MEMBER_NAMES.has(name) || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name));
    if (bad !== undefined) {
      diagnostics.push(diagnostic("PG136", `client name \`${key}\` of ${op.operationId} uses \`${bad}\`, which cannot be a member name`, location()));
    } else if (methods.has(key)) {
      diagnostics.push(diagnostic("PG135", `${op.operationId} and ${methods.get(key)!.operationId} both map to client method \`${key}\``, location()));
    } else if (resources.has(key)) {
      diagnostics.push(diagnostic("PG135", `${op.operationId} maps to \`${key}\`, which is also a resource`, location()));
    }
    methods.set(key, op);
  }
  return diagnostics;
}
