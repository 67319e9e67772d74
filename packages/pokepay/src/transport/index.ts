// Pokepay's encrypted envelope over mutual TLS: hand-written, used by the generated client instead of fetch.
// The Transport types come from @paygen/runtime.
export {
  PokepayConfig,
  PokepayConfigError,
  readPokepayIni,
  type PokepayTransportOptions,
} from "./config.js";
export {
  decryptEnvelope,
  encryptEnvelope,
  EnvelopeDecryptionError,
  InvalidClientSecretError,
  keyFromSecret,
  type EnvelopeErrorCode,
  type EnvelopeFailureReason,
} from "./crypto.js";
export {
  createEnvelopeTransport,
  type EnvelopeTransport,
  type EnvelopeTransportOptions,
} from "./envelope-transport.js";
export {
  EnvelopeConnectionError,
  EnvelopeResponseError,
  EnvelopeTimeoutError,
  type EnvelopeResponseErrorCode,
} from "./errors.js";
export { withRequestId } from "./request-id.js";
