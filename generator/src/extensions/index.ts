import { isRecord } from "../util/json-pointer.js";
import { clientHeadersExtension } from "./client-headers.js";
import { credentialsExtension } from "./credentials.js";
import { environmentExtension } from "./environment.js";
import { errorExtension } from "./error.js";
import type { Extension } from "./extension.js";
import { idempotencyKeyExtension } from "./idempotency-key.js";
import { methodExtension } from "./method.js";
import { packageExtension } from "./package.js";
import { paginationExtension } from "./pagination.js";
import { requestIdHeaderExtension } from "./request-id-header.js";
import { resourceExtension } from "./resource.js";
import { retryStatusesExtension } from "./retry-statuses.js";
import { tokenOperationExtension } from "./token-operation.js";
import { transportExtension } from "./transport.js";
import { webhookDiscriminatorExtension } from "./webhook-discriminator.js";
import { webhookTokenExtension } from "./webhook-token.js";

export type { Extension, ExtensionIssue, Parsed } from "./extension.js";
export type { ClientHeader } from "./client-headers.js";
export type { CredentialOptions } from "./credentials.js";
export type { ErrorBody } from "./error.js";
export type { PackageNames } from "./package.js";
export type { TransportModule } from "./transport.js";
export type { WebhookToken } from "./webhook-token.js";
export {
  clientHeadersExtension,
  credentialsExtension,
  environmentExtension,
  errorExtension,
  idempotencyKeyExtension,
  methodExtension,
  packageExtension,
  paginationExtension,
  requestIdHeaderExtension,
  resourceExtension,
  retryStatusesExtension,
  tokenOperationExtension,
  transportExtension,
  webhookDiscriminatorExtension,
  webhookTokenExtension,
};

/** Every `x-paygen-*` extension paygen reads, in specs/README.md's order. */
export const EXTENSIONS: readonly Extension<unknown>[] = [
  resourceExtension,
  methodExtension,
  paginationExtension,
  idempotencyKeyExtension,
  environmentExtension,
  credentialsExtension,
  tokenOperationExtension,
  clientHeadersExtension,
  requestIdHeaderExtension,
  retryStatusesExtension,
  errorExtension,
  webhookDiscriminatorExtension,
  webhookTokenExtension,
  transportExtension,
  packageExtension,
];

const BY_NAME = new Map(EXTENSIONS.map((extension) => [extension.name as string, extension]));

export function extensionNamed(name: string): Extension<unknown> | undefined {
  return BY_NAME.get(name);
}

/**
 * The typed value of `extension` on `holder` (an object of a validated document), or undefined when it
 * is absent or malformed — validation has reported a malformed one already. `document` is needed by
 * extensions that refer to other parts of it (x-paygen-token-operation names an operationId).
 */
export function readExtension<T>(
  extension: Extension<T>,
  holder: unknown,
  document: Record<string, unknown> = {},
): T | undefined {
  if (!isRecord(holder) || holder[extension.name] === undefined) return undefined;
  return extension.parse(holder[extension.name], "", document).value;
}
