import { ConfigurationError } from "./errors.js";
import type { ClientSpec, OperationSpec, SecuritySchemeSpec } from "./spec.js";

export type Credentials = Readonly<Record<string, unknown>>;

export interface AppliedAuth {
  headers: Record<string, string>;
  query: Record<string, string>;
}

/**
 * Picks the first security alternative of the operation whose credentials are all configured and
 * returns what it adds to the request. Never puts a credential value into an error message.
 */
export function applyAuth(spec: ClientSpec, operation: OperationSpec, credentials: Credentials): AppliedAuth {
  const applied: AppliedAuth = { headers: {}, query: {} };
  if (operation.security.length === 0) return applied;
  for (const alternative of operation.security) {
    const schemes = alternative.map((name) => spec.securitySchemes[name]);
    if (schemes.every((scheme) => scheme !== undefined && isConfigured(scheme, credentials))) {
      for (const scheme of schemes) apply(scheme!, credentials, applied);
      return applied;
    }
  }
  const needed = operation.security.map((alternative) => alternative.flatMap((name) => optionsOf(spec.securitySchemes[name])).join(" + "));
  throw new ConfigurationError(`${operation.id} needs credentials: set ${needed.join(", or ")}`);
}

function isConfigured(scheme: SecuritySchemeSpec, credentials: Credentials): boolean {
  if (scheme.kind === "mutualTLS") return true;
  return optionsOf(scheme).every((option) => typeof credentials[option] === "string" && credentials[option] !== "");
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
      applied.headers["authorization"] = `Basic ${Buffer.from(`${value(scheme.username)}:${password}`).toString("base64")}`;
      return;
    }
    case "bearer":
      applied.headers["authorization"] = `Bearer ${scheme.tokenParts.map(value).join(scheme.separator)}`;
      return;
    case "apiKey":
      if (scheme.in === "query") applied.query[scheme.name] = value(scheme.option);
      else if (scheme.in === "cookie") applied.headers["cookie"] = `${scheme.name}=${encodeURIComponent(value(scheme.option))}`;
      else applied.headers[scheme.name.toLowerCase()] = value(scheme.option);
      return;
    case "mutualTLS":
      return;
  }
}
