/** The typed model emitters read. Built from a validated spec; never contains raw YAML. */

import type { OperationSpec, PaginationSpec } from "@paygen/runtime";
import type { ClientHeader, TransportModule, WebhookToken } from "../extensions/index.js";
import type { HttpMethod } from "../util/http-methods.js";
import type { BodyKind, ResponseKind } from "./media-kind.js";

export type { BodyKind, ResponseKind } from "./media-kind.js";
export type { HttpMethod } from "../util/http-methods.js";

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
  clientHeaders: ClientHeader[];
  error: ErrorIR | undefined;
  requestIdHeader: string | undefined;
  /** 4xx statuses the runtime retries (`x-paygen-retry-statuses`). */
  retryStatuses: number[] | undefined;
  transport: TransportModule | undefined;
  /** Hand-written modules beside src/generated/ that index.ts re-exports (`x-paygen-package.exports`): `./verify-event.js`. */
  handWrittenExports: string[];
  operations: OperationIR[];
  webhooks: WebhookIR[];
  /** The payload property whose value names the webhook (`x-paygen-webhook-discriminator`), if declared. */
  webhookDiscriminator: string | undefined;
  /** How a webhook request carries its per-webhook token (`x-paygen-webhook-token`), if the provider sends one. */
  webhookToken: WebhookToken | undefined;
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
      /**
       * OAuth2 client credentials without a token operation in the spec: the token URL the client
       * posts to, authenticated as the Basic scheme `clientScheme` (RFC 6749 §2.3.1).
       */
      tokenRequest: { url: string; clientScheme: string } | undefined;
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

export interface ErrorIR {
  /** `components.schemas` name of the error body, when it is a named schema. */
  schemaName: string | undefined;
  codeField: string;
}

export interface ParamIR {
  name: string;
  required: boolean;
  description: string | undefined;
  deprecated: boolean;
  /** OpenAPI `style`, when the spec writes one. */
  style: string | undefined;
  /** OpenAPI `explode`, when the spec writes one. */
  explode: boolean | undefined;
  /** A value that fits the parameter, for documentation (its example, else a typed placeholder). */
  example: unknown;
}

export interface BodyIR {
  required: boolean;
  /** The media type the client sends (first declared). */
  mediaType: string;
  bodyKind: BodyKind;
  mediaTypes: string[];
  /** The smallest body that fits the schema, for documentation (required properties only). */
  example: unknown;
}

export interface ResponseIR {
  /** `200`, `4XX`, `default`. */
  status: string;
  success: boolean;
  mediaType: string | undefined;
  /** How the body of `mediaType` reaches the caller (a `Blob` for bytes, a string for text). */
  bodyKind: ResponseKind;
}

export type IdempotencyIR = NonNullable<OperationSpec["idempotency"]>;

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
  /** Header parameters the caller passes (not the idempotency key, not client-level headers). */
  headerParams: ParamIR[];
  cookieParams: ParamIR[];
  body: BodyIR | undefined;
  responses: ResponseIR[];
  /** Alternatives; each a list of scheme names that must all apply. Empty list: no auth. */
  security: string[][];
  /** Operation-level servers, when they differ from the document's. */
  servers: ServerIR[] | undefined;
  idempotency: IdempotencyIR | undefined;
  pagination: PaginationSpec | undefined;
}

export interface WebhookIR {
  name: string;
  summary: string | undefined;
  httpMethod: HttpMethod;
  /** Media type of the payload (first declared). */
  mediaType: string;
  /** The payload's JSON schema as written (often a `$ref`). */
  schema: Record<string, unknown>;
  /** The discriminator values that select this webhook (empty without a discriminator). */
  discriminatorValues: string[];
}
