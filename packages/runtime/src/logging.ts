export type LogLevel = "debug" | "info" | "warn" | "error";
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  /** Lowest level written (default "info"). */
  level?: LogLevel;
  /** Where lines go (default: stderr). */
  write?: (level: LogLevel, message: string) => void;
}

export interface RequestInfo {
  operationId: string;
  method: string;
  url: string;
  /** Request headers with credentials redacted. */
  headers: Record<string, string>;
  attempt: number;
}

export interface ResponseInfo {
  operationId: string;
  status: number;
  /** Response headers with credentials redacted. */
  headers: Record<string, string>;
  attempt: number;
  durationMs: number;
}

export interface Hooks {
  onRequest?: (info: RequestInfo) => void;
  onResponse?: (info: ResponseInfo) => void;
}

const SECRET_NAME = /authorization|cookie|key|secret|token|password|signature|card[-_]?number/i;
const IDEMPOTENCY_KEY = /^idempotency-key$/i;

/** Header or field values that are credentials, replaced before anything is logged or handed to hooks. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers))
    out[name] =
      SECRET_NAME.test(name) && !IDEMPOTENCY_KEY.test(name) ? "[redacted]" : headers[name]!;
  return out;
}

/**
 * Replaces every occurrence of the given secret values in a text (for messages built from input).
 * Values shorter than 4 characters are left alone: replacing them would shred ordinary words.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((s) => s.length >= 4)
    .reduce((out, secret) => out.split(secret).join("[redacted]"), text);
}

export class Logger {
  constructor(private readonly options: LoggerOptions | undefined) {}

  /** Whether a line at this level would be written: check before building an expensive message. */
  enabled(level: LogLevel): boolean {
    return this.options !== undefined && LEVELS[level] >= LEVELS[this.options.level ?? "info"];
  }

  log(level: LogLevel, message: string): void {
    if (!this.enabled(level)) return;
    (this.options?.write ?? ((l, m) => console.error(`[paygen] ${l} ${m}`)))(level, message);
  }
}
