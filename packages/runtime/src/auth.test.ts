import { describe, expect, it } from "vitest";
import { applyAuth, canFetchToken, chooseAlternative, isConfigured } from "./auth.js";
import { ConfigurationError } from "./errors.js";
import type { ClientSpec, OperationSpec } from "./spec.js";

const spec: ClientSpec = {
  provider: "test",
  servers: [],
  clientHeaders: [],
  securitySchemes: {
    secret: { kind: "basic", username: "secretKey" },
    shop: { kind: "basic", username: "shopId", password: "shopPassword" },
    server: { kind: "bearer", tokenParts: ["appSecret", "appJwt"], separator: "." },
    browser: { kind: "bearer", tokenParts: ["appJwt"], separator: "" },
    key: { kind: "apiKey", in: "query", name: "api_key", option: "apiKey" },
  },
};
const op = (security: string[][]): OperationSpec => ({
  id: "doThing",
  method: "GET",
  path: "/",
  security,
});

describe("applyAuth", () => {
  it("sends HTTP Basic with an empty password", () => {
    expect(
      applyAuth(spec, op([["secret"]]), { secretKey: "skey_test_1" }).headers["authorization"],
    ).toBe(`Basic ${Buffer.from("skey_test_1:").toString("base64")}`);
  });

  it("sends HTTP Basic with user and password", () => {
    expect(
      applyAuth(spec, op([["shop"]]), { shopId: "s1", shopPassword: "pw" }).headers[
        "authorization"
      ],
    ).toBe(`Basic ${Buffer.from("s1:pw").toString("base64")}`);
  });

  it("sends HTTP Basic of the UTF-8 bytes of non-ASCII credentials", () => {
    expect(
      applyAuth(spec, op([["shop"]]), { shopId: "店舗", shopPassword: "pässwörd✓" }).headers[
        "authorization"
      ],
    ).toBe(`Basic ${Buffer.from("店舗:pässwörd✓").toString("base64")}`);
  });

  it("picks the first alternative whose credentials are all configured", () => {
    const security = [["server"], ["browser"]];
    expect(
      applyAuth(spec, op(security), { appSecret: "s", appJwt: "j" }).headers["authorization"],
    ).toBe("Bearer s.j");
    expect(applyAuth(spec, op(security), { appJwt: "j" }).headers["authorization"]).toBe(
      "Bearer j",
    );
  });

  it("treats a credential set to undefined (an unset environment variable) as absent", () => {
    const security = [["server"], ["browser"]];
    expect(
      applyAuth(spec, op(security), { appSecret: undefined, appJwt: "j" }).headers["authorization"],
    ).toBe("Bearer j");
  });

  it("puts query API keys into the query", () => {
    expect(applyAuth(spec, op([["key"]]), { apiKey: "k" })).toEqual({
      headers: {},
      query: { api_key: "k" },
    });
  });

  it("adds nothing for operations without security", () => {
    expect(applyAuth(spec, op([]), {})).toEqual({ headers: {}, query: {} });
  });

  it("names the missing options, never their values", () => {
    const call = (): unknown =>
      applyAuth(spec, op([["server"], ["secret"]]), { appSecret: "very-secret-value" });
    expect(call).toThrow(ConfigurationError);
    expect(call).toThrow("doThing needs credentials: set appSecret + appJwt, or secretKey");
    expect(call).not.toThrow(/very-secret-value/);
  });
});

describe("choosing the security alternative", () => {
  const schemes: ClientSpec = {
    ...spec,
    securitySchemes: {
      ...spec.securitySchemes,
      header: { kind: "apiKey", in: "header", name: "X-Api-Key", option: "headerKey" },
      tls: { kind: "mutualTLS" },
    },
  };
  const credentials = { secretKey: "s", apiKey: "k", headerKey: "h" };

  it("tries the preferred scheme's alternatives first, then the others in spec order", () => {
    const security = [["secret"], ["key"], ["header"]];
    expect(chooseAlternative(schemes, op(security), credentials, "header")).toEqual(["header"]);
    // The preferred scheme has no credentials: the other alternatives are still there.
    expect(chooseAlternative(schemes, op(security), { apiKey: "k" }, "header")).toEqual(["key"]);
    expect(chooseAlternative(schemes, op(security), credentials)).toEqual(["secret"]);
  });

  it("takes an alternative only when every scheme in it is usable", () => {
    const security = [["secret", "server"], ["key"]];
    expect(chooseAlternative(schemes, op(security), credentials)).toEqual(["key"]);
    expect(applyAuth(schemes, op([["key", "header"]]), credentials)).toEqual({
      headers: { "x-api-key": "h" },
      query: { api_key: "k" },
    });
  });

  it("counts an empty string as no credential, and mutual TLS as always configured", () => {
    expect(isConfigured(schemes.securitySchemes["key"]!, { apiKey: "" })).toBe(false);
    expect(isConfigured(schemes.securitySchemes["key"]!, { apiKey: 1 })).toBe(false);
    expect(applyAuth(schemes, op([["tls"]]), {})).toEqual({ headers: {}, query: {} });
  });

  it("names an API key's option when it is missing, and nothing for mutual TLS", () => {
    expect(() => applyAuth(schemes, op([["tls", "header"], ["key"]]), {})).toThrow(
      "doThing needs credentials: set headerKey, or apiKey",
    );
  });
});

describe("tokens the client fetches itself", () => {
  const tokenOperation = (security: string[][]): OperationSpec => ({
    id: "createToken",
    method: "POST",
    path: "/token",
    security,
  });
  const oauth = (security: string[][]): ClientSpec => ({
    ...spec,
    securitySchemes: {
      ...spec.securitySchemes,
      oauth: {
        kind: "bearer",
        tokenParts: ["accessToken"],
        separator: "",
        tokenOperation: tokenOperation(security),
      },
    },
  });

  it("can fetch a token when one alternative of the token operation is fully configured", () => {
    const withClient = oauth([["secret", "key"], ["shop"]]);
    const scheme = withClient.securitySchemes["oauth"]!;
    expect(canFetchToken(withClient, scheme, { shopId: "s1" })).toBe(true);
    expect(canFetchToken(withClient, scheme, { secretKey: "s", apiKey: "k" })).toBe(true);
    expect(canFetchToken(withClient, scheme, { secretKey: "s" })).toBe(false);
  });

  it("does not count the scheme itself as a way to get its own token", () => {
    const circular = oauth([["oauth"]]);
    expect(canFetchToken(circular, circular.securitySchemes["oauth"]!, { accessToken: "t" })).toBe(
      false,
    );
  });

  it("sends a fetched token only for a bearer scheme without a configured one", () => {
    const withClient = oauth([["shop"]]);
    const fetchedTokens = new Map([
      ["oauth", "fetched"],
      ["secret", "not-a-bearer"],
    ]);
    const auth = (security: string[][], credentials: Record<string, string>) =>
      applyAuth(withClient, op(security), credentials, { fetchedTokens }).headers["authorization"];
    expect(auth([["oauth"]], { shopId: "s1" })).toBe("Bearer fetched");
    expect(auth([["oauth"]], { shopId: "s1", accessToken: "configured" })).toBe(
      "Bearer configured",
    );
    expect(auth([["secret"]], { secretKey: "s" })).toBe(
      `Basic ${Buffer.from("s:").toString("base64")}`,
    );
  });
});
