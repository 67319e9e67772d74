import { readFileSync, statSync } from "node:fs";
import { MAX_RETRIES_LIMIT, MAX_TIMER_MS, numericProblem } from "@paygen/runtime";
import path from "node:path";
import { inspect } from "node:util";
import { InvalidClientSecretError, keyFromSecret } from "./crypto.js";
import { parseIni, PokepayConfigError, type IniEntry } from "./ini.js";

export { PokepayConfigError } from "./ini.js";

/** What the envelope transport needs: the partner client's credentials and its TLS client certificate. */
export interface PokepayTransportOptions {
  /** Partner client id (`CLIENT_ID`, a UUID). */
  clientId: string;
  /** Partner client secret: URL-safe base64 of the 32-byte AES key (`CLIENT_SECRET`). */
  clientSecret: string;
  /** Client certificate: PEM text or a file path (`SSL_CERT_FILE`). */
  cert: string;
  /** Client private key: PEM text or a file path (`SSL_KEY_FILE`). */
  key: string;
  /** CA certificate(s) to trust for the server, PEM text or a file path; the system store otherwise. */
  ca?: string;
  /** API origin (`API_BASE_URL`); only used to resolve request URLs that are not absolute. */
  baseUrl?: string;
  /** Limit for a whole request, connection to last byte, in milliseconds (default 60 000; `TIMEOUT` is seconds). */
  timeoutMs?: number;
  /** Limit for connecting and the TLS handshake, in milliseconds (`CONNECTTIMEOUT` is seconds). */
  connectTimeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

const PEM = /-----BEGIN [A-Z0-9 ]+-----/;
/** Certificates and keys are a few KiB; anything past this is not one. */
const MAX_PEM_FILE_BYTES = 1024 * 1024;

/** Names a file in messages, unless the "path" looks like key material pasted without its PEM header. */
function showPath(value: string, secret: boolean): string {
  if (secret && (value.length > 255 || /\s/.test(value) || /^[A-Za-z0-9+/=_-]{40,}$/.test(value)))
    return "(the value given, not shown)";
  return JSON.stringify(value);
}

/** PEM text given inline, or read from the file it names. */
export function loadPem(
  value: string,
  what: string,
  secret: boolean,
  where: { file?: string; line?: number } = {},
): string {
  if (typeof value !== "string" || value.trim() === "")
    throw new PokepayConfigError(`the ${what} is missing`, where.file, where.line);
  if (PEM.test(value)) return value;
  let text: string;
  try {
    // A FIFO or a device would block the read forever, a huge file would fill memory: regular files only.
    const stat = statSync(value);
    if (!stat.isFile() || stat.size > MAX_PEM_FILE_BYTES) {
      const why = stat.isFile() ? `larger than ${MAX_PEM_FILE_BYTES} bytes` : "not a regular file";
      throw new PokepayConfigError(
        `the ${what} file ${showPath(value, secret)} is ${why}`,
        where.file,
        where.line,
      );
    }
    text = readFileSync(value, "utf8");
  } catch (error) {
    if (error instanceof PokepayConfigError) throw error;
    const code = (error as { code?: string }).code ?? "unreadable";
    throw new PokepayConfigError(
      `cannot read the ${what} file ${showPath(value, secret)} (${code})`,
      where.file,
      where.line,
    );
  }
  if (!PEM.test(text))
    throw new PokepayConfigError(
      `the ${what} file ${showPath(value, secret)} holds no PEM block`,
      where.file,
      where.line,
    );
  return text;
}

function checkTimeout(name: "timeoutMs" | "connectTimeoutMs", value: number | undefined): void {
  const problem = numericProblem("timeoutMs", value);
  if (problem) throw new PokepayConfigError(problem.replace(/^timeoutMs/, name));
}

function checkBaseUrl(
  value: string,
  where: { file?: string; line?: number; name: string },
): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PokepayConfigError(`${where.name} is not a URL`, where.file, where.line);
  }
  if (url.protocol !== "https:")
    throw new PokepayConfigError(
      `${where.name} must be an https URL (mutual TLS)`,
      where.file,
      where.line,
    );
  return url.href.replace(/\/$/, "");
}

const redacted = "[redacted]";

/**
 * A Pokepay configuration as a value: usable wherever options are (`new Pokepay(config)`,
 * `createEnvelopeTransport(config)`, `{ ...config, logger }`), frozen, and safe to print —
 * `util.inspect`, `toString()` and `JSON.stringify` show neither the client secret nor the key.
 */
export class PokepayConfig implements PokepayTransportOptions {
  readonly clientId: string;
  readonly cert: string;
  declare readonly clientSecret: string;
  declare readonly key: string;
  declare readonly ca?: string;
  declare readonly baseUrl?: string;
  declare readonly timeoutMs?: number;
  declare readonly connectTimeoutMs?: number;
  /** From the INI's `MAX_RETRIES`; read by the client's retry logic, not by the transport. */
  declare readonly maxRetries?: number;

  constructor(options: PokepayTransportOptions & { maxRetries?: number }) {
    if (typeof options.clientId !== "string" || options.clientId.trim() === "")
      throw new PokepayConfigError("clientId is missing");
    this.clientId = options.clientId;
    this.cert = options.cert;
    const { clientSecret, key } = options;
    // Enumerable accessors: spreading the config copies them, printing it does not show them.
    Object.defineProperty(this, "clientSecret", { get: () => clientSecret, enumerable: true });
    Object.defineProperty(this, "key", { get: () => key, enumerable: true });
    for (const name of ["ca", "baseUrl", "timeoutMs", "connectTimeoutMs", "maxRetries"] as const) {
      if (options[name] !== undefined)
        Object.defineProperty(this, name, { value: options[name], enumerable: true });
    }
    Object.freeze(this);
  }

  /** The configuration without secrets (the client secret and the private key are `[redacted]`). */
  toJSON(): Record<string, unknown> {
    return {
      clientId: this.clientId,
      ...(this.baseUrl !== undefined ? { baseUrl: this.baseUrl } : {}),
      cert: PEM.test(this.cert) ? "[PEM text]" : this.cert,
      key: redacted,
      clientSecret: redacted,
      ...(this.ca !== undefined ? { ca: PEM.test(this.ca) ? "[PEM text]" : this.ca } : {}),
      ...(this.timeoutMs !== undefined ? { timeoutMs: this.timeoutMs } : {}),
      ...(this.connectTimeoutMs !== undefined ? { connectTimeoutMs: this.connectTimeoutMs } : {}),
      ...(this.maxRetries !== undefined ? { maxRetries: this.maxRetries } : {}),
    };
  }

  toString(): string {
    return `PokepayConfig ${inspect(this.toJSON(), { breakLength: Infinity })}`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/** What one transport instance runs on: its own copy of everything, read and checked once. */
export interface ResolvedConfig {
  clientId: string;
  baseUrl: string | undefined;
  timeoutMs: number;
  connectTimeoutMs: number | undefined;
  tls: { cert: string; key: string; ca?: string };
  aesKey: Buffer;
}

/** Checks options and reads the PEM files; errors name the offending option, never a secret. */
export function resolveConfig(options: PokepayTransportOptions): ResolvedConfig {
  if (options === null || typeof options !== "object")
    throw new PokepayConfigError("the Pokepay transport needs an options object");
  if (typeof options.clientId !== "string" || options.clientId.trim() === "")
    throw new PokepayConfigError("clientId is missing");
  const aesKey = keyFromSecret(options.clientSecret);
  checkTimeout("timeoutMs", options.timeoutMs);
  checkTimeout("connectTimeoutMs", options.connectTimeoutMs);
  const ca = options.ca === undefined ? undefined : loadPem(options.ca, "CA certificate", false);
  return {
    clientId: options.clientId.trim(),
    baseUrl:
      options.baseUrl === undefined
        ? undefined
        : checkBaseUrl(options.baseUrl, { name: "baseUrl" }),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connectTimeoutMs: options.connectTimeoutMs,
    tls: {
      cert: loadPem(options.cert, "client certificate", false),
      key: loadPem(options.key, "client key", true),
      ...(ca ? { ca } : {}),
    },
    aesKey,
  };
}

function seconds(entry: IniEntry | undefined, name: string, file: string): number | undefined {
  if (!entry) return undefined;
  const value = Number(entry.value);
  const ms = Math.round(value * 1000);
  if (
    entry.value === "" ||
    !Number.isFinite(value) ||
    value <= 0 ||
    numericProblem("timeoutMs", ms)
  )
    throw new PokepayConfigError(
      `${name} must be a positive number of seconds below ${Math.floor(MAX_TIMEOUT_SECONDS)}`,
      file,
      entry.line,
    );
  return ms;
}

/** Node's timers misfire at 2^31 ms and beyond (about 24.8 days). */
const MAX_TIMEOUT_SECONDS = MAX_TIMER_MS / 1000;

/**
 * Reads the SDKs' `config.ini` (`CLIENT_ID`, `CLIENT_SECRET`, `API_BASE_URL`, `SSL_KEY_FILE`,
 * `SSL_CERT_FILE`, `TIMEOUT` and `CONNECTTIMEOUT` in seconds, `MAX_RETRIES`; `TIMEZONE` is accepted
 * and not needed: timestamps are sent in UTC) into a `PokepayConfig`. Keys sit in a `[global]`
 * section or before any section. Certificate and key paths are resolved against the INI file's
 * folder and checked now, so a wrong path is reported as `file:line`.
 */
export function readPokepayIni(file: string): PokepayConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new PokepayConfigError(
      `cannot read the file (${(error as { code?: string }).code ?? "unreadable"})`,
      file,
    );
  }
  const entries = parseIni(text, file);
  const required = (name: string): IniEntry => {
    const entry = entries.get(name);
    if (!entry || entry.value === "")
      throw new PokepayConfigError(
        `${name} is missing (expected in [global] or before any section)`,
        file,
        entry?.line,
      );
    return entry;
  };
  const secret = required("CLIENT_SECRET");
  try {
    keyFromSecret(secret.value);
  } catch (error) {
    if (error instanceof InvalidClientSecretError)
      throw new PokepayConfigError(`CLIENT_SECRET: ${error.message}`, file, secret.line);
    throw error;
  }
  const pemFile = (name: string, what: string, isSecret: boolean): string => {
    const entry = required(name);
    const resolved = path.resolve(path.dirname(path.resolve(file)), entry.value);
    loadPem(resolved, what, isSecret, { file, line: entry.line });
    return resolved;
  };
  const base = entries.get("API_BASE_URL");
  const retries = entries.get("MAX_RETRIES");
  const retriesProblem = retries && numericProblem("maxRetries", Number(retries.value));
  if (retries && (!/^\d+$/.test(retries.value) || retriesProblem))
    throw new PokepayConfigError(
      `MAX_RETRIES must be a whole number from 0 to ${MAX_RETRIES_LIMIT}`,
      file,
      retries.line,
    );
  const timeoutMs = seconds(entries.get("TIMEOUT"), "TIMEOUT", file);
  const connectTimeoutMs = seconds(entries.get("CONNECTTIMEOUT"), "CONNECTTIMEOUT", file);
  return new PokepayConfig({
    clientId: required("CLIENT_ID").value,
    clientSecret: secret.value,
    cert: pemFile("SSL_CERT_FILE", "client certificate", false),
    key: pemFile("SSL_KEY_FILE", "client key", true),
    ...(base && base.value !== ""
      ? { baseUrl: checkBaseUrl(base.value, { file, line: base.line, name: "API_BASE_URL" }) }
      : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
    ...(retries ? { maxRetries: Number(retries.value) } : {}),
  });
}
