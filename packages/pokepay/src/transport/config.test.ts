import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IniConfigError, readPokepayIni } from "./config.js";

const dir = mkdtempSync(path.join(tmpdir(), "pokepay-ini-"));
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe("readPokepayIni (the SDKs' config.ini)", () => {
  it("reads every key into client options", () => {
    const file = write(
      "config.ini",
      "[global]\nCLIENT_ID = 8b3f6a1e-0000-4000-8000-000000000001\nCLIENT_SECRET = SECRET-VALUE-abc_123\nAPI_BASE_URL = https://partnerapi-sandbox.pokepay.jp\nSSL_KEY_FILE = /keys/key.pem\nSSL_CERT_FILE = /keys/cert.pem\nTIMEOUT = 15\n",
    );
    expect(readPokepayIni(file)).toEqual({
      clientId: "8b3f6a1e-0000-4000-8000-000000000001",
      clientSecret: "SECRET-VALUE-abc_123",
      baseUrl: "https://partnerapi-sandbox.pokepay.jp",
      key: "/keys/key.pem",
      cert: "/keys/cert.pem",
      timeoutMs: 15_000,
    });
  });

  it("keeps each file's configuration to itself", () => {
    const a = readPokepayIni(write("a.ini", "CLIENT_ID=a\nCLIENT_SECRET=s1\nSSL_KEY_FILE=k\nSSL_CERT_FILE=c\n"));
    const b = readPokepayIni(write("b.ini", "CLIENT_ID=b\nCLIENT_SECRET=s2\nSSL_KEY_FILE=k\nSSL_CERT_FILE=c\n"));
    expect([a.clientId, b.clientId]).toEqual(["a", "b"]);
  });

  it.each([
    ["a malformed line", "CLIENT_ID=a\nthis is not ini\n", /bad\.ini:2: expected KEY = value/],
    ["a missing key", "CLIENT_ID=a\nCLIENT_SECRET=TOP-SECRET\n", /bad\.ini: SSL_CERT_FILE is missing/],
    ["a non-numeric timeout", "CLIENT_ID=a\nCLIENT_SECRET=TOP-SECRET\nSSL_KEY_FILE=k\nSSL_CERT_FILE=c\nTIMEOUT=soon\n", /TIMEOUT must be a number/],
  ])("reports %s with its place, and no secret", (_, text, message) => {
    const file = write("bad.ini", text);
    expect(() => readPokepayIni(file)).toThrow(IniConfigError);
    expect(() => readPokepayIni(file)).toThrow(message);
    expect(() => readPokepayIni(file)).not.toThrow(/TOP-SECRET/);
  });
});
