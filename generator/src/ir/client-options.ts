import type { SecuritySchemeIR } from "./types.js";

/** The client options that carry a security scheme's credentials, in the order the client declares them. */
export function credentialOptions(scheme: SecuritySchemeIR): string[] {
  switch (scheme.kind) {
    case "basic":
      return scheme.password ? [scheme.username, scheme.password] : [scheme.username];
    case "bearer":
      return scheme.tokenParts;
    case "apiKey":
      return [scheme.option];
    case "mutualTLS":
      return [];
  }
}
