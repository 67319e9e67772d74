import { execFileSync } from "node:child_process";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decryptEnvelope,
  encryptEnvelope,
  EnvelopeDecryptionError,
  InvalidClientSecretError,
  keyFromSecret,
  failureReason,
  type EnvelopeFailureReason,
} from "./crypto.js";

const payload = {
  request_data: {
    private_money_id: "4b138a4c-8944-4f98-a5c4-96d3c1c415eb",
    amount: 1000,
    description: "チャージ",
  },
  timestamp: "2026-11-23T00:00:00.000Z",
  partner_call_id: "9f1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b",
};

/** Produced once with `openssl enc -aes-256-cbc -K <key> -iv <iv>` over 16 "0"s + the JSON below, then base64url without "=". */
const VECTOR = {
  secret: "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
  keyHex: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
  data: "Bo9Hn09oP6fQTTEyrKZKHnTNkiz79FpzaQTJtGNNAElrMvvcgetVjOhHRTCRZzzzywEPOWPz1pSwPrIJlmNs_O-45Jb8wZPiERJzHEPp2-bu-Awr-AfW0Jp51SsvcsBstakZdDvqE_JcVy7SWTWXJZmJMlk7rQNglzWGQe29z_LTHxQBbcQFywjjOHfCF1zDG1oTGjDxDHflFyS01iEBxVPEC8-5Nd3hw2WsA0ZB2OA",
  plaintext: {
    request_data: { amount: 1000, note: "テスト" },
    timestamp: "2026-01-01T00:00:00.000Z",
    partner_call_id: "3f2c1b7e-9d4a-4e6b-8c21-5a7f0e9d1b2c",
  },
};

function openssl(key: Buffer, iv: Buffer, input: Buffer, decrypt = false): Buffer {
  const args = [
    "enc",
    "-aes-256-cbc",
    ...(decrypt ? ["-d"] : []),
    "-K",
    key.toString("hex"),
    "-iv",
    iv.toString("hex"),
  ];
  return execFileSync("openssl", args, { input });
}

const zeros = Buffer.from("0".repeat(16), "ascii");

describe("the envelope cipher interoperates with openssl enc -aes-256-cbc", () => {
  it("opens the fixed vector openssl produced", () => {
    expect(keyFromSecret(VECTOR.secret).toString("hex")).toBe(VECTOR.keyHex);
    expect(decryptEnvelope(keyFromSecret(VECTOR.secret), VECTOR.data)).toEqual(VECTOR.plaintext);
  });

  it("opens what openssl encrypts now under a random key and IV", () => {
    const key = randomBytes(32);
    const ciphertext = openssl(
      key,
      randomBytes(16),
      Buffer.concat([zeros, Buffer.from(JSON.stringify(payload))]),
    );
    const data = ciphertext.toString("base64url");
    expect(data).not.toContain("=");
    expect(decryptEnvelope(key, data)).toEqual(payload);
  });

  it("seals what openssl enc -d opens, under whatever IV openssl is given", () => {
    const key = randomBytes(32);
    const data = encryptEnvelope(key, payload);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const iv of [Buffer.alloc(16), randomBytes(16)]) {
      const plaintext = openssl(key, iv, Buffer.from(data, "base64url"), true);
      expect(JSON.parse(plaintext.subarray(16).toString("utf8"))).toEqual(payload);
    }
  });

  it("seals the documented layout, as node's own cipher sees it: 16 ASCII zeros, then the JSON, under the IV used", () => {
    const key = randomBytes(32);
    const iv = randomBytes(16);
    const data = encryptEnvelope(key, payload, iv);
    const decipher = createDecipheriv("aes-256-cbc", key, iv);
    const plaintext = Buffer.concat([
      decipher.update(Buffer.from(data, "base64url")),
      decipher.final(),
    ]);
    expect(plaintext.subarray(0, 16).toString("ascii")).toBe("0000000000000000");
    expect(plaintext.subarray(16).toString("utf8")).toBe(JSON.stringify(payload));
  });

  it("uses a fresh IV each time, and round-trips UTF-8 without base64 padding", () => {
    const key = randomBytes(32);
    const a = encryptEnvelope(key, { text: "ポケペイ" });
    const b = encryptEnvelope(key, { text: "ポケペイ" });
    expect(a).not.toBe(b);
    expect(a).not.toContain("=");
    expect(decryptEnvelope(key, a)).toEqual({ text: "ポケペイ" });
    expect(decryptEnvelope(key, `${a}${"=".repeat((4 - (a.length % 4)) % 4)}`)).toEqual({
      text: "ポケペイ",
    });
  });
});

describe("a damaged envelope is an EnvelopeDecryptionError, never garbage", () => {
  // Fixed key and IV: every case below is deterministic, so each has one exact reason.
  const key = Buffer.from(VECTOR.keyHex, "hex");
  const data = encryptEnvelope(key, payload, Buffer.alloc(16, 7));
  const bytes = Buffer.from(data, "base64url");
  const flip = (index: number): string => {
    const copy = Buffer.from(bytes);
    copy[index] = copy[index]! ^ 0x5a;
    return copy.toString("base64url");
  };
  /** Encrypts the dummy block and `plaintext` as they are: the caller writes the padding (or breaks it). */
  const sealRaw = (plaintext: Buffer): string => {
    const cipher = createCipheriv("aes-256-cbc", key, Buffer.alloc(16, 3));
    cipher.setAutoPadding(false);
    return Buffer.concat([
      cipher.update(Buffer.concat([zeros, plaintext])),
      cipher.final(),
    ]).toString("base64url");
  };
  const pkcs7 = (text: Buffer): Buffer => {
    const count = 16 - (text.length % 16);
    return Buffer.concat([text, Buffer.alloc(count, count)]);
  };
  const failure = (damaged: string, under: Buffer = key): EnvelopeDecryptionError => {
    try {
      decryptEnvelope(under, damaged);
    } catch (error) {
      expect(error).toBeInstanceOf(EnvelopeDecryptionError);
      return error as EnvelopeDecryptionError;
    }
    throw new Error("decrypted a damaged envelope");
  };

  it.each<[string, () => string, EnvelopeFailureReason]>([
    ["empty", () => "", "bad-length"],
    ["truncated by one character", () => data.slice(0, -1), "bad-length"],
    ["truncated by five characters", () => data.slice(0, -5), "bad-length"],
    ["cut to its first block", () => bytes.subarray(0, 16).toString("base64url"), "bad-length"],
    [
      "missing its last block",
      () => bytes.subarray(0, bytes.length - 16).toString("base64url"),
      "bad-padding",
    ],
    ["tampered in the last block", () => flip(bytes.length - 1), "bad-padding"],
    ["tampered in the middle", () => flip(40), "not-utf8"],
    [
      "standard base64, not URL-safe",
      () => `${data.slice(0, 10)}+/${data.slice(12)}`,
      "not-base64url",
    ],
    ["not base64 at all", () => "<html>502 Bad Gateway</html>", "not-base64url"],
    [
      "malformed padding (last byte 16, the fifteen before it 0)",
      () =>
        sealRaw(
          Buffer.concat([Buffer.from('{"amount":1000}!'), Buffer.alloc(15), Buffer.from([16])]),
        ),
      "bad-padding",
    ],
    [
      "padding byte 0",
      () => sealRaw(Buffer.concat([Buffer.from('{"amount":1000}'), Buffer.from([0])])),
      "bad-padding",
    ],
    [
      "padding byte 17",
      () => sealRaw(Buffer.concat([Buffer.from('{"amount":1000}'), Buffer.from([17])])),
      "bad-padding",
    ],
    [
      "sealed under another key",
      () => encryptEnvelope(Buffer.alloc(32, 9), payload, Buffer.alloc(16, 7)),
      "bad-padding",
    ],
    [
      "bytes that are not UTF-8",
      () => sealRaw(pkcs7(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))),
      "not-utf8",
    ],
    ["text that is not JSON", () => sealRaw(pkcs7(Buffer.from('{"request_data": {'))), "not-json"],
    ["nothing after the dummy block", () => sealRaw(pkcs7(Buffer.alloc(0))), "not-json"],
  ])("%s: one external code, its reason pinned inside", (_, damaged, reason) => {
    const error = failure(damaged());
    expect(error.code).toBe("undecryptable");
    expect(error.message).toBe(
      "the envelope does not open under this key: damaged, truncated or sealed under another key",
    );
    expect(failureReason(error)).toBe(reason);
  });

  it("well-formed padding opens: a full block of 16s, and a single 01", () => {
    expect(decryptEnvelope(key, sealRaw(pkcs7(Buffer.from('{"amount":10000}'))))).toEqual({
      amount: 10000,
    });
    expect(decryptEnvelope(key, sealRaw(pkcs7(Buffer.from('{"amount":1000}'))))).toEqual({
      amount: 1000,
    });
  });
});

describe("the client secret", () => {
  it("decodes URL-safe base64 to the 32-byte key, padded or not", () => {
    const key = randomBytes(32);
    expect(keyFromSecret(key.toString("base64url"))).toEqual(key);
    expect(keyFromSecret(`${key.toString("base64url")}=`)).toEqual(key);
  });

  it.each([
    ["too short", "c2hvcnQtc2VjcmV0LXZhbHVl", /decodes to 18 bytes/],
    [
      "not URL-safe base64",
      "not a secret! but long enough to be one, 43c",
      /must be URL-safe base64/,
    ],
    ["empty", "", /missing/],
  ])("is refused when %s, without being echoed", (_, secret, message) => {
    let error: unknown;
    try {
      keyFromSecret(secret);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidClientSecretError);
    expect((error as Error).message).toMatch(message);
    if (secret) expect((error as Error).message).not.toContain(secret);
  });
});

describe("the edges of the envelope format", () => {
  const key = Buffer.from(VECTOR.keyHex, "hex");

  it("opens the shortest envelope, two blocks: the dummy block and one of payload and padding", () => {
    const data = encryptEnvelope(key, 1);
    expect(Buffer.from(data, "base64url")).toHaveLength(32);
    expect(decryptEnvelope(key, data)).toBe(1);
  });

  it("tolerates the one or two `=` of standard base64 padding, and nothing else after the text", () => {
    // 64 bytes are 86 base64 characters: two `=` in padded form. 32 bytes need one.
    const long = encryptEnvelope(key, "x".repeat(30));
    const short = encryptEnvelope(key, 1);
    expect(Buffer.from(long, "base64url")).toHaveLength(64);
    expect(decryptEnvelope(key, `${long}==`)).toBe("x".repeat(30));
    expect(decryptEnvelope(key, `${short}=`)).toBe(1);
    expect(() => decryptEnvelope(key, `${short}===`)).toThrow(EnvelopeDecryptionError);
    expect(() => decryptEnvelope(key, `${long}==x`)).toThrow(EnvelopeDecryptionError);
  });

  it("refuses data that is not a string as not base64url", () => {
    let error: unknown;
    try {
      decryptEnvelope(key, 42 as unknown as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvelopeDecryptionError);
    expect(failureReason(error as EnvelopeDecryptionError)).toBe("not-base64url");
  });

  it("refuses a key that is not a 32-byte Buffer, an IV that is not 16 bytes and a payload that is no JSON value", () => {
    const keyError = "the envelope key must be a 32-byte Buffer";
    expect(() => encryptEnvelope(Buffer.alloc(31), 1)).toThrow(new TypeError(keyError));
    expect(() => decryptEnvelope(Buffer.alloc(33), "x")).toThrow(new TypeError(keyError));
    expect(() => decryptEnvelope("k".repeat(32) as unknown as Buffer, "x")).toThrow(
      new TypeError(keyError),
    );
    expect(() => encryptEnvelope(key, 1, Buffer.alloc(15))).toThrow(
      new TypeError("the IV must be 16 bytes"),
    );
    expect(() => encryptEnvelope(key, undefined)).toThrow(
      new TypeError("the envelope payload must be a JSON value"),
    );
  });
});

describe("the client secret's edges", () => {
  const key = Buffer.from(VECTOR.keyHex, "hex");
  const refusal = (secret: unknown): string => {
    try {
      keyFromSecret(secret as string);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidClientSecretError);
      return (error as Error).message;
    }
    throw new Error("accepted a bad secret");
  };

  it("trims the whitespace around a secret pasted from a file", () => {
    expect(keyFromSecret(` ${VECTOR.secret}\n`)).toEqual(key);
  });

  it("calls a blank or absent secret missing", () => {
    expect(refusal("  \n")).toBe("the client secret is missing");
    expect(refusal(undefined)).toBe("the client secret is missing");
  });

  it("refuses a length no base64 text can have (4n + 1 characters) as not base64, not as a short key", () => {
    expect(refusal(`${VECTOR.secret}AA`)).toBe(
      "the client secret must be URL-safe base64 (A-Z a-z 0-9 - _) of a 32-byte key",
    );
  });

  it("says how many bytes a wrong-length secret decodes to", () => {
    expect(refusal(`${VECTOR.secret}AAAA`)).toBe(
      "the client secret must be URL-safe base64 of a 32-byte key (it decodes to 35 bytes)",
    );
  });
});
