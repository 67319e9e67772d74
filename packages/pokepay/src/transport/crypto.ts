import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Pokepay's envelope cipher: AES-256-CBC with PKCS#7 padding over a 16-byte block of ASCII "0"s
 * followed by the JSON payload, under a random IV that is never sent. The receiver decrypts with any
 * IV and drops the first block (in CBC only the first block depends on the IV). Transmitted as
 * URL-safe base64 without padding.
 */
const BLOCK = 16;
const DUMMY_BLOCK = Buffer.from("0".repeat(BLOCK), "ascii");
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type EnvelopeErrorCode = "not-base64url" | "bad-length" | "bad-padding" | "not-json";

/** `data`/`response_data` that cannot be an envelope of this key: tampered, truncated or foreign. */
export class EnvelopeDecryptionError extends Error {
  override name = "EnvelopeDecryptionError";
  constructor(
    readonly code: EnvelopeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The client secret (URL-safe base64) as an AES-256 key. Never echoes the secret. */
export function keyFromSecret(secret: string): Buffer {
  const key = BASE64URL.test(secret.replace(/=+$/, "")) ? Buffer.from(secret, "base64url") : Buffer.alloc(0);
  if (key.length !== 32) {
    throw new Error(`the client secret must be URL-safe base64 of 32 bytes (it decodes to ${key.length} bytes)`);
  }
  return key;
}

export function encryptEnvelope(key: Buffer, payload: unknown, iv: Buffer = randomBytes(BLOCK)): string {
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const plaintext = Buffer.concat([DUMMY_BLOCK, Buffer.from(JSON.stringify(payload), "utf8")]);
  return Buffer.concat([cipher.update(plaintext), cipher.final()]).toString("base64url");
}

export function decryptEnvelope(key: Buffer, data: string): unknown {
  if (!BASE64URL.test(data.replace(/=+$/, ""))) throw new EnvelopeDecryptionError("not-base64url", "envelope data is not URL-safe base64");
  const bytes = Buffer.from(data, "base64url");
  if (bytes.length < 2 * BLOCK || bytes.length % BLOCK !== 0) {
    throw new EnvelopeDecryptionError("bad-length", `envelope data is ${bytes.length} bytes: truncated or not an envelope`);
  }
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key, Buffer.alloc(BLOCK));
    plaintext = Buffer.concat([decipher.update(bytes), decipher.final()]);
  } catch {
    throw new EnvelopeDecryptionError("bad-padding", "envelope data does not decrypt under this key (tampered, truncated or another key)");
  }
  const text = plaintext.subarray(BLOCK).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new EnvelopeDecryptionError("not-json", "envelope data decrypts to something that is not JSON (tampered or another key)");
  }
}
