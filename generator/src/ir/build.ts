import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/index.js";
import {
  clientHeadersExtension,
  credentialsExtension,
  environmentExtension,
  errorExtension,
  idempotencyKeyExtension,
  methodExtension,
  packageExtension,
  paginationExtension,
  readExtension,
  requestIdHeaderExtension,
  resourceExtension,
  retryStatusesExtension,
  tokenOperationExtension,
  transportExtension,
  webhookDiscriminatorExtension,
  webhookTokenExtension,
} from "../extensions/index.js";
import type { LoadedSpec } from "../load/index.js";
import { deref } from "../util/deref.js";
import { discriminatorValues } from "../util/webhook-discriminator.js";
import { getAtPointer, isRecord, joinPointer, splitPointer } from "../util/json-pointer.js";
import { operations } from "../util/openapi-walk.js";
import { bodyKindOf, responseKindOf } from "./media-kind.js";
import { withDiscriminatorRefs } from "./discriminator-refs.js";
import { withPathSchemasHoisted } from "./hoist-path-schemas.js";
import { exampleValue } from "./example-value.js";
import { deriveMissingOperationIds, withOperationIds } from "./operation-ids.js";
import {
  asciiFold,
  camelCase,
  methodNameFrom,
  npmNameFromTitle,
  pascalCase,
  RESERVED_MEMBER_NAMES,
  resourceNameFromTag,
  safeMemberName,
  withoutResourceWords,
} from "./naming.js";
import type {
  BodyIR,
  ErrorIR,
  HttpMethod,
  IdempotencyIR,
  OperationIR,
  ParamIR,
  PackageLayout,
  ProviderIR,
  ResponseIR,
  SecuritySchemeIR,
  ServerIR,
  WebhookIR,
} from "./types.js";

/** `/v1/charges` groups under `charges`, not `v1`. */
const VERSION_SEGMENT = /^(v\d+(\.\d+)*|\d{4}-\d{2}-\d{2})$/i;

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
  const packageNames = readExtension(packageExtension, document);
  const clientHeaders = readExtension(clientHeadersExtension, document) ?? [];
  const clientHeaderNames = new Set(clientHeaders.map((h) => h.name.toLowerCase()));
  const diagnostics: Diagnostic[] = [];

  const ops: OperationIR[] = [];
  const explicitNames = new Set<OperationIR>();
  const derivedIds = deriveMissingOperationIds(document);
  for (const site of operations(document)) {
    if (site.section !== "paths") continue;
    const operationId = derivedIds.get(site.operation) ?? String(site.operation["operationId"]);
    const op = buildOperation(
      document,
      operationId,
      site.key,
      site.method,
      site.pathItem,
      site.operation,
      clientHeaderNames,
    );
    if (
      readExtension(methodExtension, site.operation) !== undefined ||
      readExtension(resourceExtension, site.operation) !== undefined
    )
      explicitNames.add(op);
    ops.push(op);
  }
  diagnostics.push(...checkClientNames(ops, explicitNames, spec));
  const webhookDiscriminator = readExtension(webhookDiscriminatorExtension, document);
  const webhooks = readWebhooks(document, webhookDiscriminator);

  const layout = input.layout ?? "workspace";
  const title = typeof info["title"] === "string" ? info["title"] : input.id;
  const ir: ProviderIR = {
    id: input.id,
    packageName:
      packageNames?.name ??
      (layout === "standalone" ? npmNameFromTitle(title, input.id) : `@paygen/${input.id}`),
    layout,
    clientName: packageNames?.clientName ?? pascalCase(input.id),
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
    requestIdHeader: readExtension(requestIdHeaderExtension, document),
    retryStatuses: readExtension(retryStatusesExtension, document),
    transport: readExtension(transportExtension, document),
    handWrittenExports: packageNames?.exports ?? [],
    operations: ops,
    webhooks,
    webhookDiscriminator,
    webhookToken: readExtension(webhookTokenExtension, document),
    webhookDefinitions: reachableSchemas(
      document,
      webhooks.map((w) => w.schema),
    ),
    document: withPathSchemasHoisted(withDiscriminatorRefs(withOperationIds(document, derivedIds))),
  };
  return hasErrors(diagnostics) ? { diagnostics } : { ir, diagnostics };
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
    style: typeof p["style"] === "string" ? p["style"] : undefined,
    explode: typeof p["explode"] === "boolean" ? p["explode"] : undefined,
    example: exampleValue(
      document,
      p["schema"],
      p["example"] ?? firstExample(p["examples"]),
      String(p["name"]),
    ),
  });
  const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const pathParams = parameters
    .filter((p) => p["in"] === "path")
    .map(param)
    .sort((a, b) => pathOrder.indexOf(a.name) - pathOrder.indexOf(b.name));
  const idempotencyHeader = parameters.find(
    (p) => p["in"] === "header" && readExtension(idempotencyKeyExtension, p) === true,
  );
  const headerParams = parameters
    .filter(
      (p) =>
        p["in"] === "header" &&
        p !== idempotencyHeader &&
        !clientHeaderNames.has(String(p["name"]).toLowerCase()),
    )
    .map(param);
  const body = readBody(document, operation["requestBody"]);
  const tags = Array.isArray(operation["tags"]) ? operation["tags"] : [];
  const resource = readExtension(resourceExtension, operation) ?? [
    (typeof tags[0] === "string" ? resourceNameFromTag(tags[0]) : undefined) ??
      resourceFromPath(path),
  ];
  const operationServers = operation["servers"] ?? pathItem["servers"];
  return {
    operationId,
    resource,
    method:
      readExtension(methodExtension, operation) ??
      withoutResourceWords(methodNameFrom(operationId), resource[resource.length - 1]!),
    httpMethod,
    path,
    summary: typeof operation["summary"] === "string" ? operation["summary"] : undefined,
    description:
      typeof operation["description"] === "string" ? operation["description"] : undefined,
    deprecated: operation["deprecated"] === true,
    pathParams,
    queryParams: parameters.filter((p) => p["in"] === "query").map(param),
    headerParams,
    cookieParams: parameters.filter((p) => p["in"] === "cookie").map(param),
    body: body?.ir,
    responses: readResponses(document, operation["responses"], httpMethod),
    security: readSecurity(operation["security"] ?? document["security"]),
    servers: Array.isArray(operationServers) ? readServers(operationServers) : undefined,
    idempotency: idempotencyHeader
      ? { in: "header", name: String(idempotencyHeader["name"]) }
      : body?.idempotency,
    pagination: readExtension(paginationExtension, operation),
  };
}

/** `/v1/charges/{id}` → `charges`; a path of parameters and versions only → `default`. */
function resourceFromPath(path: string): string {
  for (const segment of path.split("/")) {
    if (!segment || segment.startsWith("{") || VERSION_SEGMENT.test(segment)) continue;
    const name = camelCase(asciiFold(segment));
    if (name !== "_") return name;
  }
  return "default";
}

function mergeParameters(
  document: unknown,
  pathLevel: unknown,
  operationLevel: unknown,
): Record<string, unknown>[] {
  const merged = new Map<string, Record<string, unknown>>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const parameter = deref(document, item)?.value;
      if (parameter)
        merged.set(`${String(parameter["in"])}:${String(parameter["name"])}`, parameter);
    }
  }
  return [...merged.values()];
}

function readBody(
  document: unknown,
  requestBody: unknown,
): { ir: BodyIR; idempotency: IdempotencyIR | undefined } | undefined {
  const body = deref(document, requestBody)?.value;
  if (!body || !isRecord(body["content"])) return undefined;
  const mediaTypes = Object.keys(body["content"]);
  const mediaType = mediaTypes[0];
  if (mediaType === undefined) return undefined;
  const media = body["content"][mediaType];
  const schema = isRecord(media) ? deref(document, media["schema"])?.value : undefined;
  const properties = schema && isRecord(schema["properties"]) ? schema["properties"] : {};
  const keyProperty = Object.entries(properties).find(
    ([, s]) => readExtension(idempotencyKeyExtension, s) === true,
  )?.[0];
  const example = isRecord(media)
    ? exampleValue(document, media["schema"], media["example"] ?? firstExample(media["examples"]))
    : undefined;
  return {
    ir: {
      required: body["required"] === true,
      mediaType,
      mediaTypes,
      bodyKind: bodyKindOf(mediaType),
      example,
    },
    idempotency: keyProperty === undefined ? undefined : { in: "body", name: keyProperty },
  };
}

/** The value of the first entry of an OpenAPI `examples` map (`{ name: { value } }`). */
function firstExample(examples: unknown): unknown {
  const first = isRecord(examples) ? Object.values(examples)[0] : undefined;
  return isRecord(first) ? first["value"] : undefined;
}

function readResponses(
  document: unknown,
  responses: unknown,
  httpMethod: HttpMethod,
): ResponseIR[] {
  if (!isRecord(responses)) return [];
  return Object.entries(responses).map(([status, response]) => {
    const resolved = deref(document, response)?.value;
    const content =
      resolved && isRecord(resolved["content"]) ? Object.keys(resolved["content"]) : [];
    return {
      status,
      success: /^[23]/.test(status),
      mediaType: content[0],
      bodyKind: httpMethod === "head" ? "none" : responseKindOf(content[0]),
    };
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
      readExtension(environmentExtension, server) ??
      (index === 0 ? "default" : `server${index + 1}`),
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
    const credentials = readExtension(credentialsExtension, scheme) ?? {};
    const type = scheme["type"];
    const httpScheme = typeof scheme["scheme"] === "string" ? scheme["scheme"].toLowerCase() : "";
    if (type === "http" && httpScheme === "basic") {
      out.push({
        name,
        kind: "basic",
        username: credentials.username ?? `${camelCase(name)}Username`,
        // Without x-paygen-credentials both halves get an option (Twilio: account SID + auth token);
        // a spec that names only the user name sends an empty password (Omise).
        password:
          credentials.password ??
          (scheme["x-paygen-credentials"] === undefined ? `${camelCase(name)}Password` : undefined),
      });
    } else if (type === "http" || type === "oauth2" || type === "openIdConnect") {
      out.push({
        name,
        kind: "bearer",
        tokenParts: credentials.token ?? [camelCase(name)],
        separator: credentials.separator ?? "",
        tokenOperation: readExtension(tokenOperationExtension, scheme, document),
        tokenRequest: undefined,
        scopes: clientCredentialScopes(scheme),
      });
      const tokenUrl = clientCredentialsTokenUrl(scheme);
      if (tokenUrl !== undefined && typeof scheme["x-paygen-token-operation"] !== "string") {
        // The client authenticates at the token URL with its id and secret, as an HTTP Basic scheme.
        let clientScheme = `${name}Client`;
        for (let n = 2; clientScheme in schemes; n++) clientScheme = `${name}Client${n}`;
        const bearer = out[out.length - 1] as Extract<SecuritySchemeIR, { kind: "bearer" }>;
        bearer.tokenRequest = { url: tokenUrl, clientScheme };
        out.push({
          name: clientScheme,
          kind: "basic",
          username: `${camelCase(name)}ClientId`,
          password: `${camelCase(name)}ClientSecret`,
        });
      }
    } else if (type === "apiKey") {
      const location =
        scheme["in"] === "query" || scheme["in"] === "cookie" ? scheme["in"] : "header";
      out.push({
        name,
        kind: "apiKey",
        in: location,
        parameterName: String(scheme["name"]),
        option: credentials.value ?? camelCase(name),
      });
    } else if (type === "mutualTLS") {
      out.push({ name, kind: "mutualTLS" });
    }
  }
  return out;
}

function clientCredentialsTokenUrl(scheme: Record<string, unknown>): string | undefined {
  if (scheme["type"] !== "oauth2") return undefined;
  const flows = isRecord(scheme["flows"]) ? scheme["flows"] : {};
  const flow = isRecord(flows["clientCredentials"]) ? flows["clientCredentials"] : {};
  return typeof flow["tokenUrl"] === "string" && flow["tokenUrl"] !== ""
    ? flow["tokenUrl"]
    : undefined;
}

function clientCredentialScopes(scheme: Record<string, unknown>): string[] {
  const flows = isRecord(scheme["flows"]) ? scheme["flows"] : {};
  const flow = isRecord(flows["clientCredentials"]) ? flows["clientCredentials"] : {};
  return isRecord(flow["scopes"]) ? Object.keys(flow["scopes"]) : [];
}

function readError(document: Record<string, unknown>): ErrorIR | undefined {
  const extension = readExtension(errorExtension, document);
  if (!extension) return undefined;
  const ref = extension.schema["$ref"];
  const segments = typeof ref === "string" ? splitPointer(ref) : [];
  const schemaName =
    segments.length === 3 && segments[0] === "components" && segments[1] === "schemas"
      ? segments[2]
      : undefined;
  return { schemaName, codeField: extension.code };
}

function readWebhooks(
  document: Record<string, unknown>,
  discriminator: string | undefined,
): WebhookIR[] {
  const webhooks = document["webhooks"];
  if (!isRecord(webhooks)) return [];
  const out: WebhookIR[] = [];
  for (const [name, item] of Object.entries(webhooks)) {
    const pathItem = deref(document, item)?.value ?? {};
    const httpMethod = (["post", "put", "patch", "get", "delete"] as const).find((m) =>
      isRecord(pathItem[m]),
    );
    if (!httpMethod) continue;
    const operation = pathItem[httpMethod] as Record<string, unknown>;
    const body = deref(document, operation["requestBody"])?.value;
    const content =
      body && isRecord(body["content"]) ? Object.entries(body["content"])[0] : undefined;
    const schema =
      content && isRecord(content[1]) && isRecord(content[1]["schema"])
        ? content[1]["schema"]
        : undefined;
    if (!content || !schema) continue;
    out.push({
      name,
      summary: typeof operation["summary"] === "string" ? operation["summary"] : undefined,
      httpMethod,
      mediaType: content[0],
      schema,
      discriminatorValues:
        discriminator === undefined
          ? []
          : (discriminatorValues(document, schema, discriminator) ?? []),
    });
  }
  return out;
}

/** Named component schemas that the given schemas refer to, directly or through each other. */
function reachableSchemas(
  document: Record<string, unknown>,
  roots: unknown[],
): Record<string, unknown> {
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
    for (const [key, child] of Object.entries(value))
      if (key !== "example" && key !== "examples") visit(child);
  };
  roots.forEach(visit);
  return Object.fromEntries([...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Two operations may not share a client method, and a method may not shadow a sub-resource. Names the
 * spec chose (x-paygen-resource / x-paygen-method) are errors to fix; derived names are made unique.
 */
function checkClientNames(
  ops: OperationIR[],
  explicit: Set<OperationIR>,
  spec: LoadedSpec,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const methods = new Map<string, OperationIR>();
  const resources = new Set<string>();
  const renamed = new Set<string>();
  // Computed only for a report: on JSON specs the first lookup parses source positions.
  const locationOf = (op: OperationIR): ReturnType<LoadedSpec["locate"]> =>
    spec.locate(joinPointer("", "paths", op.path, op.httpMethod, "operationId"));
  const rename = (op: OperationIR, name: string, kind: "Resource" | "Operation"): string => {
    const safe = safeMemberName(name, kind);
    if (safe !== name && !renamed.has(`${kind}:${name}`)) {
      renamed.add(`${kind}:${name}`);
      const what = kind === "Resource" ? "resource" : "method";
      diagnostics.push(
        diagnostic(
          "PG160",
          `${what} name \`${name}\` (from ${op.operationId}) would change how the client behaves in JavaScript; generated as \`${safe}\``,
          locationOf(op),
          "warning",
        ),
      );
    }
    return safe;
  };
  for (const op of ops) {
    if (!explicit.has(op)) op.resource = op.resource.map((name) => rename(op, name, "Resource"));
    op.resource.forEach((_, i) => resources.add(op.resource.slice(0, i + 1).join(".")));
  }
  const taken = (key: string): boolean => methods.has(key) || resources.has(key);
  for (const op of ops) {
    const location = (): ReturnType<LoadedSpec["locate"]> => locationOf(op);
    if (!explicit.has(op)) {
      op.method = rename(op, op.method, "Operation");
      // A name shortened by its resource's words that another operation already has: the full one.
      const full = methodNameFrom(op.operationId);
      if (
        taken([...op.resource, op.method].join(".")) &&
        !taken([...op.resource, full].join(".")) &&
        !RESERVED_MEMBER_NAMES.has(full)
      )
        op.method = full;
      const base = op.method;
      for (let n = 2; taken([...op.resource, op.method].join(".")); n++) op.method = `${base}${n}`;
    }
    const key = [...op.resource, op.method].join(".");
    const bad = [...op.resource, op.method].find(
      (name) => RESERVED_MEMBER_NAMES.has(name) || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name),
    );
    if (bad !== undefined) {
      diagnostics.push(
        diagnostic(
          "PG136",
          `client name \`${key}\` of ${op.operationId} uses \`${bad}\`, which cannot be a member name`,
          location(),
        ),
      );
    } else if (methods.has(key)) {
      diagnostics.push(
        diagnostic(
          "PG135",
          `${op.operationId} and ${methods.get(key)!.operationId} both map to client method \`${key}\``,
          location(),
        ),
      );
    } else if (resources.has(key)) {
      diagnostics.push(
        diagnostic(
          "PG135",
          `${op.operationId} maps to \`${key}\`, which is also a resource`,
          location(),
        ),
      );
    }
    methods.set(key, op);
  }
  return diagnostics;
}
