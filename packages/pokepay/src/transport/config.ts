import { readFileSync } from "node:fs";
import { inspect } from "node:util";

/** Envelope transport settings, given in the client options or read from the SDKs' INI file. */
export interface PokepayTransportOptions {
  /** Partner client id (`CLIENT_ID`). */
  clientId: string;
  /** Partner client secret, URL-safe base64 of the AES key (`CLIENT_SECRET`). */
  clientSecret: string;
  /** Client certificate: PEM text or a file path (`SSL_CERT_FILE`). */
  cert: string;
  /** Client private key: PEM text or a file path (`SSL_KEY_FILE`). */
  key: string;
  /** Extra trusted CA (PEM text or path); the system store otherwise. */
  ca?: string;
  /** Per-request timeout in milliseconds (`TIMEOUT`, seconds in the INI file). */
  timeoutMs?: number;
}

/** PEM given inline, or the contents of the file it names. */
export function pem(value: string, what: string): string {
  if (value.includes("-----BEGIN")) return value;
  try {
    return readFileSync(value, "utf8");
  } catch {
    throw new Error(`cannot read the ${what} file ${value}`);
  }
}

export class IniConfigError extends Error {
  override name = "IniConfigError";
}

/**
 * Reads the INI file the Pokepay SDKs use (`CLIENT_ID`, `CLIENT_SECRET`, `API_BASE_URL`,
 * `SSL_KEY_FILE`, `SSL_CERT_FILE`, `TIMEOUT`, in a `[global]` section or at the top) into client
 * options. Relative file paths are taken as written. Errors name `file:line`, never a secret.
 */
export function readPokepayIni(file: string): PokepayTransportOptions & { baseUrl?: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new IniConfigError(`${file}: cannot read the file`);
  }
  const values = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#") || /^\[[^\]]+\]$/.test(line)) return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new IniConfigError(`${file}:${index + 1}: expected KEY = value`);
    values.set(match[1]!.toUpperCase(), match[2]!.replace(/^"(.*)"$/, "$1"));
  });
  const required = (name: string): string => {
    const value = values.get(name);
    if (!value) throw new IniConfigError(`${file}: ${name} is missing`);
    return value;
  };
  const timeout = values.get("TIMEOUT");
  if (timeout !== undefined && !/^\d+(\.\d+)?$/.test(timeout)) throw new IniConfigError(`${file}: TIMEOUT must be a number of seconds`);
  const baseUrl = values.get("API_BASE_URL");
  return {
    clientId: required("CLIENT_ID"),
    clientSecret: required("CLIENT_SECRET"),
    cert: required("SSL_CERT_FILE"),
    key: required("SSL_KEY_FILE"),
    ...(baseUrl ? { baseUrl } : {}),
    ...(timeout ? { timeoutMs: Number(timeout) * 1000 } : {}),
  };
}

/** What may be shown of a configuration: no secret, no key. */
export function describeConfig(options: Pick<PokepayTransportOptions, "clientId">): string {
  return `PokepayTransport { clientId: '${options.clientId}', clientSecret: [redacted], key: [redacted] }`;
}

export const inspectSymbol = inspect.custom;
