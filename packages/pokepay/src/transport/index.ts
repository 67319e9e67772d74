export { IniConfigError, readPokepayIni, type PokepayTransportOptions } from "./config.js";
export { decryptEnvelope, encryptEnvelope, EnvelopeDecryptionError, keyFromSecret, type EnvelopeErrorCode } from "./crypto.js";
export { createEnvelopeTransport, EnvelopeResponseError, EnvelopeTimeoutError, type EnvelopeTransportOptions } from "./envelope-transport.js";
