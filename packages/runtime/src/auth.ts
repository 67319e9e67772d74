import { ConfigurationError } from "./errors.js";
import type { ClientSpec, OperationSpec, SecuritySchemeSpec } from "./spec.js";

export type Credentials = Readonly<Record<string, unknown>>;

export interface AppliedAuth {
  headers: Record<string, string>;
  query: Record<string, string>;
}

export interface AuthContext {
  /** Scheme the caller prefers when an operation allows several (the `security` client option). */
  prefer?: string | undefined;
  /** Access tokens the client fetched itself, by scheme name. */
  fetchedTokens?: ReadonlyMap<string, string>;
}

/**
 * The security alternative to use: the first one (the preferred scheme's first) whose schemes are all
 * usable — credentials configured, or a token the client can fetch through the scheme's token operation.
 */
export function chooseAlternative(
  spec: ClientSpec,
  operation: OperationSpec,
  credentials: Credentials,
  prefer?: string,
): readonly string[] | undefined {
  if (operation.security.length === 0) return [];
  const ordered = prefer
    ? [
        ...operation.security.filter((a) => a.includes(prefer)),
        ...operation.security.filter((a) => !a.includes(prefer)),
      ]
    : operation.security;
  return ordered.find((alternative) =>
    alternative.every((name) => {
      const scheme = spec.securitySchemes[name];
      return (
        scheme !== undefined &&
        (isConfigured(scheme, credentials) || canFetchToken(spec, scheme, credentials))
      );
    }),
  );
}

/** A bearer scheme whose token the client can obtain itself, through its token operation. */
export function canFetchToken(
  spec: ClientSpec,
  scheme: SecuritySchemeSpec,
  credentials: Credentials,
): boolean {
  if (scheme.kind !== "bearer" || !scheme.tokenOperation) return false;
  const tokenOperation = scheme.tokenOperation;
  return tokenOperation.security.some((alternative) =>
    alternative.every((name) => {
      const inner = spec.securitySchemes[name];
      return inner !== undefined && inner !== scheme && isConfigured(inner, credentials);
    }),
  );
}

/**
 * What the chosen security alternative adds to the request. Never puts a credential value into an
 * error message.
 */
export function applyAuth(
  spec: ClientSpec,
  operation: OperationSpec,
  credentials: Credentials,
  context: AuthContext = {},
): AppliedAuth {
  const applied: AppliedAuth = { headers: {}, query: {} };
  const alternative = chooseAlternative(spec, operation, credentials, context.prefer);
  if (alternative === undefined) {
    const needed = operation.security.map((alt) =>
      alt.flatMap((name) => optionsOf(spec.securitySchemes[name])).join(" + "),
    );
    throw new ConfigurationError(`${operation.id} needs credentials: set ${needed.join(", or ")}`);
  }
  for (const name of alternative) {
    const scheme = spec.securitySchemes[name]!;
    const fetched = context.fetchedTokens?.get(name);
    if (scheme.kind === "bearer" && !isConfigured(scheme, credentials) && fetched !== undefined) {
      applied.headers["authorization"] = `Bearer ${fetched}`;
    } else {
      apply(scheme, credentials, applied);
    }
  }
  return applied;
}

export function isConfigured(scheme: SecuritySchemeSpec, credentials: Credentials): boolean {
  if (scheme.kind === "mutualTLS") return true;
  return optionsOf(scheme).every(
    (option) => typeof credentials[option] === "string" && credentials[option] !== "",
  );
}

function optionsOf(scheme: SecuritySchemeSpec | undefined): string[] {
  switch (scheme?.kind) {
    case "basic":
      return [scheme.username];
    case "bearer":
      return [...scheme.tokenParts];
    case "apiKey":
      return [scheme.option];
    default:
      return [];
  }
}

function apply(scheme: SecuritySchemeSpec, credentials: Credentials, applied: AppliedAuth): void {
  const value = (option: string): string => String(credentials[option] ?? "");
  switch (scheme.kind) {
    case "basic": {
      const password = scheme.password === undefined ? "" : value(scheme.password);
      applied.headers["authorization"] = `Basic ${base64(`${value(scheme.username)}:${password}`)}`;
      return;
    }
    case "bearer":
      applied.headers["authorization"] =
        `Bearer ${scheme.tokenParts.map(value).join(scheme.separator)}`;
      return;
    case "apiKey":
      if (scheme.in === "query") applied.query[scheme.name] = value(scheme.option);
      else if (scheme.in === "cookie")
        applied.headers["cookie"] = `${scheme.name}=${encodeURIComponent(value(scheme.option))}`;
      else applied.headers[scheme.name.toLowerCase()] = value(scheme.option);
      return;
    case "mutualTLS":
      return;
  }
}

/** Standard base64 of the text's UTF-8 bytes, with browser globals only. */
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
