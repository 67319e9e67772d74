import { chooseAlternative, isConfigured, type Credentials } from "./auth.js";
import { ConfigurationError } from "./errors.js";
import type { ClientSpec, OperationSpec, TokenIssuer, TokenSource } from "./spec.js";

/** Renew this long before the token's stated expiry, so a request never carries an expiring token. */
const RENEW_BEFORE_MS = 60_000;
/** When the token response does not say how long it lives (RFC 6749 makes expires_in optional). */
const DEFAULT_LIFETIME_S = 3600;

/**
 * Access tokens obtained through OAuth2 client-credentials token operations: one per scheme, shared by
 * concurrent requests (a single fetch in flight), renewed before it expires.
 */
export class TokenCache implements TokenSource {
  readonly #tokens = new Map<string, { token: string; expiresAt: number }>();
  readonly #inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly issue: TokenIssuer,
    private readonly now: () => number = Date.now,
  ) {}

  /** Tokens valid right now, by scheme name. */
  current(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [scheme, entry] of this.#tokens)
      if (this.now() < entry.expiresAt - RENEW_BEFORE_MS) out.set(scheme, entry.token);
    return out;
  }

  async ensureFor(
    spec: ClientSpec,
    operation: OperationSpec,
    options: Credentials,
    prefer: string | undefined,
  ): Promise<boolean> {
    let fetched = false;
    for (const name of chooseAlternative(spec, operation, options, prefer) ?? []) {
      const scheme = spec.securitySchemes[name];
      if (scheme?.kind === "bearer" && scheme.tokenOperation && !isConfigured(scheme, options)) {
        await this.ensure(name, scheme.tokenOperation, scheme.scopes);
        fetched = true;
      }
    }
    return fetched;
  }

  async ensure(
    scheme: string,
    operation: OperationSpec,
    scopes: readonly string[] | undefined,
  ): Promise<string> {
    const cached = this.current().get(scheme);
    if (cached !== undefined) return cached;
    let pending = this.#inFlight.get(scheme);
    if (!pending) {
      pending = this.#fetch(scheme, operation, scopes).finally(() => this.#inFlight.delete(scheme));
      this.#inFlight.set(scheme, pending);
    }
    return pending;
  }

  async #fetch(
    scheme: string,
    operation: OperationSpec,
    scopes: readonly string[] | undefined,
  ): Promise<string> {
    const body: Record<string, string> = {
      grant_type: "client_credentials",
      ...(scopes && scopes.length > 0 ? { scope: scopes.join(" ") } : {}),
    };
    const response = (await this.issue(operation, body)) as
      { access_token?: unknown; expires_in?: unknown } | undefined;
    if (typeof response?.access_token !== "string" || response.access_token === "") {
      throw new ConfigurationError(`${operation.id} returned no access_token`);
    }
    const lifetime = Number(response.expires_in ?? DEFAULT_LIFETIME_S);
    const seconds = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : DEFAULT_LIFETIME_S;
    this.#tokens.set(scheme, {
      token: response.access_token,
      expiresAt: this.now() + seconds * 1000,
    });
    return response.access_token;
  }
}
