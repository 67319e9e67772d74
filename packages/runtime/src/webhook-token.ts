import { ConfigurationError } from "./errors.js";

/** Request headers as `fetch` (`Headers`) or Node's `http` (`IncomingHttpHeaders`) give them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface WebhookTokenOptions {
  /** The header carrying the token (case-insensitive). Default `Authorization`. */
  header?: string;
  /** The auth scheme in front of the token. Default `Bearer`; `null` when the header holds the bare token. */
  scheme?: string | null;
}

/**
 * Whether a webhook request carries the token configured for that webhook, compared in constant
 * time for tokens of equal length. A missing, repeated or differently-schemed header is `false`.
 */
export function verifyWebhookToken(
  headers: WebhookHeaders,
  expected: string,
  options: WebhookTokenOptions = {},
): boolean {
  if (expected === "") throw new ConfigurationError("the expected webhook token is empty");
  const header = (options.header ?? "Authorization").toLowerCase();
  const scheme = options.scheme === undefined ? "Bearer" : options.scheme;
  const value = readHeader(headers, header);
  if (value === undefined) return false;
  let token = value.trim();
  if (scheme !== null) {
    const match = /^(\S+)\s+(\S+)$/.exec(token);
    if (!match || match[1]!.toLowerCase() !== scheme.toLowerCase()) return false;
    token = match[2]!;
  }
  return constantTimeEqual(token, expected);
}

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers)
    return headers.get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return typeof value === "string" ? value : undefined;
}

/** Every byte of both strings is visited whatever the first difference, so timing tells only the length. */
function constantTimeEqual(actual: string, expected: string): boolean {
  const a = new TextEncoder().encode(actual);
  const b = new TextEncoder().encode(expected);
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a[i % Math.max(a.length, 1)] ?? 0) ^ b[i]!;
  return difference === 0;
}
