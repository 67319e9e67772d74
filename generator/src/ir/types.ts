/** The typed model emitters read. Built from a validated spec; never contains raw YAML. */

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export interface ProviderIR {
  /** Folder name under specs/ and packages/: `omise`. */
  id: string;
  /** npm name: `@paygen/omise`. */
  packageName: string;
  /** Where the package lives, which decides how it depends on the runtime and how it names its spec. */
  layout: PackageLayout;
  /** Exported client class: `Omise`. */
  clientName: string;
  title: string;
  apiVersion: string;
  description: string | undefined;
  /** Spec path as shown in headers, relative to the repository root, `/`-separated. */
  specPath: string;
  specSha256: string;
  openapiVersion: "3.0" | "3.1";
  servers: ServerIR[];
  securitySchemes: SecuritySchemeIR[];
  clientHeaders: ClientHeaderIR[];
  error: ErrorIR | undefined;
  requestIdHeader: string | undefined;
  transport: TransportIR | undefined;
  operations: OperationIR[];
  webhooks: WebhookIR[];
  /** `components.schemas` entries reachable from webhook payloads, by name (to check payloads at run time). */
  webhookDefinitions: Record<string, unknown>;
  /** The bundled OpenAPI document, for the type emitter (openapi-typescript reads OpenAPI, not IR). */
  document: Record<string, unknown>;
}

/**
 * `workspace`: a provider package beside `packages/runtime` in a paygen repository (`workspace:*`).
 * `standalone`: `generate --spec … --out dir`, a package that installs and builds on its own.
 */
export type PackageLayout = "workspace" | "standalone";

export interface ServerIR {
  url: string;
  environment: string;
  description: string | undefined;
}

export type SecuritySchemeIR =
  | { name: string; kind: "basic"; username: string; password: string | undefined }
  | {
      name: string;
      kind: "bearer";
      tokenParts: string[];
      separator: string;
      tokenOperation: string | undefined;
      scopes: string[];
    }
  | {
      name: string;
      kind: "apiKey";
      in: "header" | "query" | "cookie";
      parameterName: string;
      option: string;
    }
  | { name: string; kind: "mutualTLS" };

export interface ClientHeaderIR {
  name: string;
  option: string;
  description: string | undefined;
  example: string | undefined;
  /** Value sent when the client option is not set. */
  default: string | undefined;
}

export interface ErrorIR {
  /** `components.schemas` name of the error body, when it is a named schema. */
  schemaName: string | undefined;
  codeField: string;
}

export interface TransportIR {
  module: string;
  exportName: string;
  /** The transport's required options, as the README's construction example shows them. */
  options: string[];
  /** A function of the transport module that reads the options from a file (`readPokepayIni`). */
  loader: { exportName: string; argument: string } | undefined;
}

export interface ParamIR {
  name: string;
  required: boolean;
  description: string | undefined;
  deprecated: boolean;
  /** A value that fits the parameter, for documentation (its example, else a typed placeholder). */
  example: unknown;
}

export interface BodyIR {
  required: boolean;
  /** The media type the client sends (first declared). */
  mediaType: string;
  mediaTypes: string[];
  /** The smallest body that fits the schema, for documentation (required properties only). */
  example: unknown;
}

export interface ResponseIR {
  /** `200`, `4XX`, `default`. */
  status: string;
  success: boolean;
  mediaType: string | undefined;
}

export type PaginationIR =
  | { style: "offset"; items: string; total: string; offset: string; limit: string }
  | { style: "cursor"; items: string; hasMore: string; cursor: string; cursorItemField: string }
  | { style: "page"; items: string; page: string; hasNext: string }
  | { style: "nextCursor"; items: string; cursor: string; nextCursor: string };

export interface IdempotencyIR {
  in: "header" | "body";
  name: string;
}

export interface OperationIR {
  operationId: string;
  /** `["customers", "cards"]` → `client.customers.cards`. */
  resource: string[];
  /** Method name within the resource. */
  method: string;
  httpMethod: HttpMethod;
  path: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  pathParams: ParamIR[];
  queryParams: ParamIR[];
  headerParams: ParamIR[];
  body: BodyIR | undefined;
  responses: ResponseIR[];
  /** Alternatives; each a list of scheme names that must all apply. Empty list: no auth. */
  security: string[][];
  /** Operation-level servers, when they differ from the document's. */
  servers: ServerIR[] | undefined;
  idempotency: IdempotencyIR | undefined;
  pagination: PaginationIR | undefined;
}

export interface WebhookIR {
  name: string;
  summary: string | undefined;
  httpMethod: HttpMethod;
  /** Media type of the payload (first declared). */
  mediaType: string;
  /** The payload's JSON schema as written (often a `$ref`). */
  schema: Record<string, unknown>;
}
