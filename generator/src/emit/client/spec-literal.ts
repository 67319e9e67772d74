import type { ClientSpec, OperationSpec, SecuritySchemeSpec, ServerSpec } from "@paygen/runtime";
import type { OperationIR, ProviderIR, ServerIR } from "../../ir/index.js";
import { jsLiteral, quotedKey } from "../escape/index.js";

/** The runtime's ClientSpec for a provider, as a literal (keys in a fixed order). */
export function clientSpecLiteral(ir: ProviderIR): string {
  // No prototype: a scheme called `__proto__` becomes a key like any other.
  const schemes = Object.create(null) as Record<string, SecuritySchemeSpec>;
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
        schemes[scheme.name] = {
          kind: "bearer",
          tokenParts: scheme.tokenParts,
          separator: scheme.separator,
          ...(tokenOperation
            ? { tokenOperation: operationSpec(tokenOperation), scopes: scheme.scopes }
            : {}),
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
  return jsLiteral({
    provider: ir.id,
    servers: ir.servers.map(serverLiteral),
    securitySchemes: schemes,
    clientHeaders: ir.clientHeaders.map((header) => ({ name: header.name, option: header.option })),
    ...(ir.error ? { errorCodeField: ir.error.codeField } : {}),
    ...(ir.requestIdHeader ? { requestIdHeader: ir.requestIdHeader } : {}),
    ...(ir.retryStatuses ? { retryStatuses: ir.retryStatuses } : {}),
  } satisfies ClientSpec);
}

/** One OperationSpec literal per operation, keyed by operationId. */
export function operationsLiteral(ir: ProviderIR): string {
  const entries = ir.operations.map(
    (op) => `${quotedKey(op.operationId)}: ${jsLiteral(operationSpec(op))}`,
  );
  return `{${entries.join(",\n")}}`;
}

function operationSpec(op: OperationIR): OperationSpec {
  return {
    id: op.operationId,
    method: upperCase(op.httpMethod),
    path: op.path,
    ...(op.body ? { bodyMediaType: op.body.mediaType } : {}),
    security: op.security,
    ...(op.servers ? { servers: op.servers.map(serverLiteral) } : {}),
    ...(op.idempotency ? { idempotency: op.idempotency } : {}),
    ...(op.pagination ? { pagination: op.pagination } : {}),
  } satisfies OperationSpec;
}

function upperCase<T extends string>(text: T): Uppercase<T> {
  return text.toUpperCase() as Uppercase<T>;
}

function serverLiteral(server: ServerIR): ServerSpec {
  return { url: server.url, environment: server.environment };
}
