import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { ConfigurationError } from "@paygen/runtime";

/**
 * Pokepay's envelope cipher. The sender encrypts, with AES-256-CBC and PKCS#7 padding under a fresh
 * random IV, one block of sixteen ASCII "0"s followed by the UTF-8 JSON payload, and sends the
 * ciphertext (IV not included) as URL-safe base64 without `=` padding. In CBC only the first plaintext
 * block depends on the IV, so the receiver decrypts under any IV and throws the first block away.
 *
 * There is no MAC in this format: damage is detected through the padding, UTF-8 and JSON checks,
 * which catch truncation and practically all tampering but are not an authenticity guarantee.
 */
export const BLOCK_BYTES = 16;
export const KEY_BYTES = 32;
const DUMMY_BLOCK = Buffer.alloc(BLOCK_BYTES, "0");
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The one code an unopenable envelope has outside this module. Which check failed stays inside:
 * telling padding failures apart from the others would hand a padding oracle to whoever sends answers.
 */
export type EnvelopeErrorCode = "undecryptable";

/** Which check an envelope failed; for tests and debugging, through `failureReason` (not exported by the package). */
export type EnvelopeFailureReason =
  "not-base64url" | "bad-length" | "bad-padding" | "not-utf8" | "not-json";

const reasons = new WeakMap<EnvelopeDecryptionError, EnvelopeFailureReason>();

/** `data` / `response_data` that is not an envelope under this key: damaged, truncated or foreign. */
export class EnvelopeDecryptionError extends Error {
  override name = "EnvelopeDecryptionError";
  readonly code: EnvelopeErrorCode = "undecryptable";
  constructor(reason: EnvelopeFailureReason) {
    super(
      "the envelope does not open under this key: damaged, truncated or sealed under another key",
    );
    reasons.set(this, reason);
  }
}

/** The check `error` failed (internal: the package exports only the single code). */
export function failureReason(error: EnvelopeDecryptionError): EnvelopeFailureReason | undefined {
  return reasons.get(error);
}

/**
 * The plaintext without its PKCS#7 padding, or undefined when the padding is malformed. `padded` is
 * at least two blocks long (the caller checked), so a count up to one block always fits.
 */
function unpad(padded: Buffer): Buffer | undefined {
  const count = padded[padded.length - 1]!;
  if (count < 1 || count > BLOCK_BYTES) return undefined;
  for (let i = padded.length - count; i < padded.length; i++)
    if (padded[i] !== count) return undefined;
  return padded.subarray(0, padded.length - count);
}

/** The client secret is not URL-safe base64 of a 32-byte key. The message never contains the secret. */
export class InvalidClientSecretError extends ConfigurationError {
  override name = "InvalidClientSecretError";
}

/** Decodes URL-safe base64 (trailing `=` padding tolerated), or undefined when the text is not that. */
function decodeBase64Url(text: string): Buffer | undefined {
  const bare = text.replace(/={1,2}$/, "");
  if (!BASE64URL.test(bare) || bare.length % 4 === 1) return undefined;
  return Buffer.from(bare, "base64url");
}

/** The AES-256 key a client secret stands for. Errors say what is wrong without echoing the secret. */
export function keyFromSecret(secret: string): Buffer {
  if (typeof secret !== "string" || secret.trim() === "")
    throw new InvalidClientSecretError("the client secret is missing");
  const key = decodeBase64Url(secret.trim());
  if (!key)
    throw new InvalidClientSecretError(
      "the client secret must be URL-safe base64 (A-Z a-z 0-9 - _) of a 32-byte key",
    );
  if (key.length !== KEY_BYTES) {
    throw new InvalidClientSecretError(
      `the client secret must be URL-safe base64 of a ${KEY_BYTES}-byte key (it decodes to ${key.length} bytes)`,
    );
  }
  return key;
}

function checkKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES)
    throw new TypeError(`the envelope key must be a ${KEY_BYTES}-byte Buffer`);
}

/** Seals `payload` (any JSON value) into the envelope text. `iv` is random unless given (tests). */
export function encryptEnvelope(
  key: Buffer,
  payload: unknown,
  iv: Buffer = randomBytes(BLOCK_BYTES),
): string {
  checkKey(key);
  if (iv.length !== BLOCK_BYTES) throw new TypeError(`the IV must be ${BLOCK_BYTES} bytes`);
  const json = JSON.stringify(payload) as string | undefined;
  if (json === undefined) throw new TypeError("the envelope payload must be a JSON value");
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const plaintext = Buffer.concat([DUMMY_BLOCK, Buffer.from(json, "utf8")]);
  return Buffer.concat([cipher.update(plaintext), cipher.final()]).toString("base64url");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Opens an envelope text; anything that is not a well-formed envelope under `key` throws `EnvelopeDecryptionError`. */
export function decryptEnvelope(key: Buffer, data: string): unknown {
  checkKey(key);
  const bytes = typeof data === "string" ? decodeBase64Url(data) : undefined;
  if (!bytes) throw new EnvelopeDecryptionError("not-base64url");
  if (bytes.length < 2 * BLOCK_BYTES || bytes.length % BLOCK_BYTES !== 0)
    throw new EnvelopeDecryptionError("bad-length");
  const decipher = createDecipheriv("aes-256-cbc", key, Buffer.alloc(BLOCK_BYTES));
  // The padding is checked here, every byte of it, not left to the cipher library.
  decipher.setAutoPadding(false);
  const plaintext = unpad(Buffer.concat([decipher.update(bytes), decipher.final()]));
  if (!plaintext) throw new EnvelopeDecryptionError("bad-padding");
  let text: string;
  try {
    text = utf8.decode(plaintext.subarray(BLOCK_BYTES));
  } catch {
    throw new EnvelopeDecryptionError("not-utf8");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EnvelopeDecryptionError("not-json");
  }
}
