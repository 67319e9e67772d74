import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptEnvelope, encryptEnvelope, EnvelopeDecryptionError, keyFromSecret } from "./crypto.js";

const key = randomBytes(32);
const secret = key.toString("base64url");
const payload = { request_data: { private_money_id: "4b138a4c-8944-4f98-a5c4-96d3c1c415eb", amount: 1000 }, timestamp: "2026-11-23T00:00:00.000Z", partner_call_id: "9f1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b" };

function openssl(args: string[], input: Buffer): Buffer {
  return execFileSync("openssl", ["enc", "-aes-256-cbc", "-K", key.toString("hex"), "-nosalt", ...args], { input });
}

describe("envelope crypto interoperates with openssl enc -aes-256-cbc", () => {
  it("decrypts what openssl encrypted (random IV, 16 zeros block, JSON)", () => {
    const plaintext = Buffer.concat([Buffer.from("0".repeat(16)), Buffer.from(JSON.stringify(payload))]);
    const ciphertext = openssl(["-iv", randomBytes(16).toString("hex")], plaintext);
    expect(decryptEnvelope(keyFromSecret(secret), ciphertext.toString("base64url"))).toEqual(payload);
  });

  it("encrypts what openssl decrypts, whatever IV openssl is told", () => {
    const data = encryptEnvelope(key, payload);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    const plaintext = openssl(["-d", "-iv", "00".repeat(16)], Buffer.from(data, "base64url"));
    expect(JSON.parse(plaintext.subarray(16).toString("utf8"))).toEqual(payload);
  });

  it("round-trips through itself with padding-free base64url", () => {
    const data = encryptEnvelope(key, { text: "ポケペイ" });
    expect(data).not.toContain("=");
    expect(decryptEnvelope(key, data)).toEqual({ text: "ポケペイ" });
  });
});

describe("a damaged envelope is a typed error, never garbage", () => {
  const data = encryptEnvelope(key, payload);
  const flip = (text: string, index: number): string => {
    const bytes = Buffer.from(text, "base64url");
    bytes[index] = bytes[index]! ^ 0xff;
    return bytes.toString("base64url");
  };

  it.each([
    ["truncated by a few characters", data.slice(0, -5), "bad-length"],
    ["truncated to one block", Buffer.from(data, "base64url").subarray(0, 16).toString("base64url"), "bad-length"],
    ["tampered in the last block", flip(data, Buffer.from(data, "base64url").length - 1), "bad-padding"],
    ["tampered in the middle", flip(data, 40), "not-json"],
    ["not base64url", `${data.slice(0, 10)}+/${data.slice(12)}`, "not-base64url"],
    ["under another key", encryptEnvelope(randomBytes(32), payload), undefined],
  ])("%s", (_, damaged, code) => {
    let error: unknown;
    try {
      decryptEnvelope(key, damaged);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvelopeDecryptionError);
    if (code) expect((error as EnvelopeDecryptionError).code).toBe(code);
  });

  it("rejects a secret that is not a 32-byte key without echoing it", () => {
    expect(() => keyFromSecret("c2hvcnQtc2VjcmV0")).toThrow("decodes to 12 bytes");
    expect(() => keyFromSecret("c2hvcnQtc2VjcmV0")).not.toThrow(/c2hvcnQtc2VjcmV0/);
  });
});
