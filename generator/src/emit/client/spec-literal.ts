import type * as runtime from "@paygen/runtime";
import type { ClientSpec, OperationSpec, SecuritySchemeSpec, ServerSpec } from "@paygen/runtime";
import type { OperationIR, ProviderIR, ResponseKind, ServerIR } from "../../ir/index.js";
import { ModuleBinding } from "../escape/index.js";
import { BODY_ENCODER_NAMES, bodyEncoder } from "./body-encoders.js";

/** An OperationSpec as the generator writes it: its encoder a binding of client.ts. */
type OperationLiteral = Omit<OperationSpec, "encodeBody"> & { encodeBody?: ModuleBinding };
type BearerSpec = Extract<SecuritySchemeSpec, { kind: "bearer" }>;
type SchemeLiteral =
  | Exclude<SecuritySchemeSpec, BearerSpec>
  | (Omit<BearerSpec, "tokenOperation"> & { tokenOperation?: OperationLiteral });
type ClientSpecLiteral = Omit<ClientSpec, "securitySchemes" | "tokenCache"> & {
  securitySchemes: Record<string, SchemeLiteral>;
  tokenCache?: ModuleBinding;
};

/** The runtime's token cache, which a client spec with token operations names. */
const TOKEN_CACHE = "TokenCache" satisfies keyof typeof runtime;

/** Every runtime binding a spec literal may name: module bindings no operation function may take. */
export const SPEC_BINDING_NAMES: readonly string[] = [...BODY_ENCODER_NAMES, TOKEN_CACHE];

/** The runtime's ClientSpec for a provider, as `jsLiteral` writes it (keys in a fixed order). */
export function clientSpecValue(ir: ProviderIR): ClientSpecLiteral {
  // No prototype: a scheme called `__proto__` becomes a key like any other.
  const schemes = Object.create(null) as Record<string, SchemeLiteral>;
  for (const scheme of ir.securitySchemes) {
    switch (scheme.kind) {
      case "basic":
        schemes[scheme.name] = {
          kind: "basic",
          username: scheme.username,
          ...(scheme.password ? { password: scheme.password } : {}),
        };
        break;
      case "bearer": {
        const tokenOperation = ir.operations.find((op) => op.operationId === scheme.tokenOperation);
        const issue = tokenOperation
          ? operationSpecValue(tokenOperation)
          : scheme.tokenRequest && tokenRequestSpec(scheme.name, scheme.tokenRequest);
        schemes[scheme.name] = {
          kind: "bearer",
          tokenParts: scheme.tokenParts,
          separator: scheme.separator,
          ...(issue ? { tokenOperation: issue, scopes: scheme.scopes } : {}),
        };
        break;
      }
      case "apiKey":
        schemes[scheme.name] = {
          kind: "apiKey",
          in: scheme.in,
          name: scheme.parameterName,
          option: scheme.option,
        };
        break;
      case "mutualTLS":
        schemes[scheme.name] = { kind: "mutualTLS" };
        break;
    }
  }
  return {
    provider: ir.id,
    servers: ir.servers.map(serverLiteral),
    securitySchemes: schemes,
    clientHeaders: ir.clientHeaders.map((header) => ({ name: header.name, option: header.option })),
    ...(ir.error ? { errorCodeField: ir.error.codeField } : {}),
    ...(ir.requestIdHeader ? { requestIdHeader: ir.requestIdHeader } : {}),
    ...(ir.retryStatuses ? { retryStatuses: ir.retryStatuses } : {}),
    ...(Object.values(schemes).some((scheme) => scheme.kind === "bearer" && scheme.tokenOperation)
      ? { tokenCache: new ModuleBinding(TOKEN_CACHE) }
      : {}),
  };
}

/** One operation's OperationSpec, as `jsLiteral` writes it. */
export function operationSpecValue(op: OperationIR): OperationLiteral {
  const encoder = op.body && bodyEncoder(op.body.bodyKind);
  return {
    id: op.operationId,
    method: upperCase(op.httpMethod),
    path: op.path,
    ...pathStyles(op),
    ...(op.body ? { bodyMediaType: op.body.mediaType } : {}),
    ...(encoder ? { encodeBody: new ModuleBinding(encoder) } : {}),
    ...responseBodies(op),
    security: op.security,
    ...(op.servers ? { servers: op.servers.map(serverLiteral) } : {}),
    ...(op.idempotency ? { idempotency: op.idempotency } : {}),
    ...(op.pagination ? { pagination: op.pagination } : {}),
  } satisfies OperationLiteral;
}

function upperCase<T extends string>(text: T): Uppercase<T> {
  return text.toUpperCase() as Uppercase<T>;
}

function serverLiteral(server: ServerIR): ServerSpec {
  return { url: server.url, environment: server.environment };
}

/** Path parameters written in another style than OpenAPI's default (`simple`, not exploded). */
function pathStyles(op: OperationIR): { pathStyles?: Record<string, PathStyleLiteral> } {
  const styles: Record<string, PathStyleLiteral> = {};
  for (const param of op.pathParams) {
    const style = param.style === "label" || param.style === "matrix" ? param.style : "simple";
    const explode = param.explode === true;
    if (style !== "simple" || explode) styles[param.name] = { style, explode };
  }
  return Object.keys(styles).length > 0 ? { pathStyles: styles } : {};
}

interface PathStyleLiteral {
  style: "simple" | "label" | "matrix";
  explode: boolean;
}

/**
 * Success statuses whose body is not JSON: text, bytes, or none (a 204, 205 or 304 has none by
 * definition and is left out). JSON, the runtime's default, is not listed.
 */
function responseBodies(op: OperationIR): { responseBodies?: Record<string, ResponseKind> } {
  const kinds: Record<string, ResponseKind> = {};
  for (const response of op.responses) {
    if (!response.success || response.bodyKind === "json") continue;
    if (response.bodyKind === "none" && /^(204|205|304)$/.test(response.status)) continue;
    kinds[response.status] = response.bodyKind;
  }
  return Object.keys(kinds).length > 0 ? { responseBodies: kinds } : {};
}

/**
 * The token request of an OAuth2 client-credentials flow the spec declares only by its `tokenUrl`:
 * a form POST (RFC 6749 §4.4.2) authenticated with the client's id and secret. An absolute URL is
 * its own server; a relative one is resolved against the API's servers.
 */
function tokenRequestSpec(
  schemeName: string,
  request: { url: string; clientScheme: string },
): OperationLiteral {
  const absolute = /^https?:\/\//i.exec(request.url) ? new URL(request.url) : undefined;
  return {
    id: `${schemeName} token`,
    method: "POST" as const,
    path: absolute ? absolute.pathname + absolute.search : request.url,
    bodyMediaType: "application/x-www-form-urlencoded",
    encodeBody: new ModuleBinding(bodyEncoder("form")!),
    security: [[request.clientScheme]],
    ...(absolute ? { servers: [{ url: absolute.origin, environment: "default" }] } : {}),
  };
}
