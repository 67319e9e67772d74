import type { OperationIR, ProviderIR } from "../../src/ir/index.js";

/** Hand-built IR for emitter units: only what a test cares about needs saying. */
export function operation(
  overrides: Partial<OperationIR> & Pick<OperationIR, "operationId">,
): OperationIR {
  return {
    resource: ["things"],
    method: "get",
    httpMethod: "get",
    path: "/things",
    summary: undefined,
    description: undefined,
    deprecated: false,
    pathParams: [],
    queryParams: [],
    headerParams: [],
    cookieParams: [],
    body: undefined,
    responses: [{ status: "200", success: true, mediaType: "application/json", bodyKind: "json" }],
    security: [],
    servers: undefined,
    idempotency: undefined,
    pagination: undefined,
    ...overrides,
  };
}

export function provider(overrides: Partial<ProviderIR> = {}): ProviderIR {
  return {
    id: "acme",
    packageName: "@paygen/acme",
    layout: "workspace",
    clientName: "Acme",
    title: "Acme Pay",
    apiVersion: "1",
    description: undefined,
    specPath: "specs/acme/openapi.yaml",
    specSha256: "0".repeat(64),
    openapiVersion: "3.1",
    servers: [{ url: "https://api.acme.test", environment: "production", description: undefined }],
    securitySchemes: [],
    clientHeaders: [],
    error: undefined,
    requestIdHeader: undefined,
    retryStatuses: undefined,
    transport: undefined,
    handWrittenExports: [],
    operations: [],
    webhooks: [],
    webhookDiscriminator: undefined,
    webhookToken: undefined,
    webhookDefinitions: {},
    document: { openapi: "3.1.0", info: { title: "Acme Pay", version: "1" }, paths: {} },
    ...overrides,
  };
}
