export { applyAuth, chooseAlternative, type AppliedAuth, type AuthContext, type Credentials } from "./auth.js";
export { ClientCore, type ClientOptions, type RequestArgs, type RequestOptions } from "./client-core.js";
export { ApiError, ConfigurationError, ConnectionError, PaygenError, type ApiErrorInit } from "./errors.js";
export { encodeForm } from "./form.js";
export type * from "./spec.js";
export type { Transport, TransportRequest, TransportResponse } from "./transport.js";
export { findMismatch, type ShapeSchema } from "./shape.js";
export { parseWebhookPayload, WebhookParseError, type WebhookDefinition } from "./webhooks.js";
export { TokenCache } from "./token-cache.js";
