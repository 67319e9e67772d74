export { ApiPromise, type ApiResponse, type CallStarter } from "./api-promise.js";
export type { ResponseKind } from "./response-body.js";
export type { PathStyle } from "./path-style.js";
export {
  applyAuth,
  chooseAlternative,
  type AppliedAuth,
  type AuthContext,
  type Credentials,
} from "./auth.js";
export {
  ClientCore,
  type ClientOptions,
  type RequestArgs,
  type RequestOptions,
} from "./client-core.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PaginationError,
  PaygenError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
  type ApiErrorInit,
} from "./errors.js";
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  MAX_RETRIES_LIMIT,
  MAX_TIMER_MS,
  checkNumericOptions,
  numericProblem,
  type NumericOption,
} from "./limits.js";
export { encodeForm } from "./form.js";
export { encodeMultipart } from "./multipart.js";
export { rawBody } from "./raw-body.js";
export {
  redactHeaders,
  redactText,
  type Hooks,
  type LoggerOptions,
  type LogLevel,
  type RequestInfo,
  type ResponseInfo,
} from "./logging.js";
export { Page, paginate, Paginator } from "./paginate.js";
export { hasDotSegment } from "./path-params.js";
export { isRetryableStatus, mayRetry, retryDelayMs, type RetryOptions } from "./retry.js";
export { findMismatch, type ShapeSchema } from "./shape.js";
export type * from "./spec.js";
export { TokenCache } from "./token-cache.js";
export type { AttemptResult, PreparedCall, Sender } from "./sender.js";
export { sendThrough } from "./send-through.js";
export type { Transport, TransportRequest, TransportResponse } from "./transport.js";
export {
  parseWebhookPayload,
  WebhookParseError,
  type WebhookCatalogue,
  type WebhookDefinition,
  type WebhookParseFailure,
} from "./webhooks.js";
export {
  verifyWebhookToken,
  type WebhookHeaders,
  type WebhookTokenOptions,
} from "./webhook-token.js";
