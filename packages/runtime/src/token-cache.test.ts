import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors.js";
import type { ClientSpec, OperationSpec } from "./spec.js";
import { TokenCache } from "./token-cache.js";

const tokenOperation: OperationSpec = {
  id: "issueAccessToken",
  method: "POST",
  path: "/token",
  security: [["Password"]],
};

describe("TokenCache", () => {
  const setup = (expiresIn: unknown = "3600") => {
    let now = 1_000_000;
    const issued: Array<Record<string, string>> = [];
    const cache = new TokenCache(
      async (_operation, body) => {
        issued.push(body);
        return { access_token: `token-${issued.length}`, expires_in: expiresIn };
      },
      () => now,
    );
    return { cache, issued, advance: (ms: number) => (now += ms) };
  };

  it("asks the token operation with client credentials and the scheme's scopes, once", async () => {
    const { cache, issued } = setup();
    expect(await cache.ensure("AccessToken", tokenOperation, ["openapi"])).toBe("token-1");
    expect(await cache.ensure("AccessToken", tokenOperation, ["openapi"])).toBe("token-1");
    expect(issued).toEqual([{ grant_type: "client_credentials", scope: "openapi" }]);
  });

  it("shares one fetch between concurrent requests", async () => {
    const { cache, issued } = setup();
    const tokens = await Promise.all(
      [1, 2, 3].map(() => cache.ensure("AccessToken", tokenOperation, undefined)),
    );
    expect(tokens).toEqual(["token-1", "token-1", "token-1"]);
    expect(issued).toHaveLength(1);
  });

  it("renews exactly a minute before the stated expiry, not a millisecond later", async () => {
    const { cache, advance } = setup("600");
    await cache.ensure("AccessToken", tokenOperation, undefined);
    advance(539_999);
    expect(cache.current().get("AccessToken")).toBe("token-1");
    expect(await cache.ensure("AccessToken", tokenOperation, undefined)).toBe("token-1");
    advance(1);
    expect(cache.current().has("AccessToken")).toBe(false);
    expect(await cache.ensure("AccessToken", tokenOperation, undefined)).toBe("token-2");
  });

  it.each([
    ["absent (null)", null],
    ["not a number", "soon"],
    ["zero", 0],
    ["negative", -5],
  ])("assumes an hour when expires_in is %s", async (_, expiresIn) => {
    const { cache, advance } = setup(expiresIn);
    await cache.ensure("AccessToken", tokenOperation, undefined);
    advance(3_539_000);
    expect(cache.current().get("AccessToken")).toBe("token-1");
    advance(2_000);
    expect(cache.current().has("AccessToken")).toBe(false);
  });

  it.each([
    ["no access_token", { token_type: "bearer" }],
    ["an empty access_token", { access_token: "" }],
  ])("fails clearly when the answer carries %s", async (_, answer) => {
    const cache = new TokenCache(async () => answer);
    await expect(cache.ensure("AccessToken", tokenOperation, undefined)).rejects.toThrow(
      ConfigurationError,
    );
    await expect(cache.ensure("AccessToken", tokenOperation, undefined)).rejects.toThrow(
      "issueAccessToken returned no access_token",
    );
  });

  it("asks for no scope when the scheme lists none", async () => {
    const { cache, issued } = setup();
    await cache.ensure("AccessToken", tokenOperation, []);
    expect(issued).toEqual([{ grant_type: "client_credentials" }]);
  });
});

describe("TokenCache.ensureFor", () => {
  const spec: ClientSpec = {
    provider: "p",
    servers: [],
    securitySchemes: {
      AccessToken: { kind: "bearer", tokenParts: ["accessToken"], separator: "", tokenOperation },
      Password: { kind: "basic", username: "clientId", password: "clientSecret" },
      Plain: { kind: "bearer", tokenParts: ["plainToken"], separator: "" },
    },
    clientHeaders: [],
  };
  const operation = (security: string[][]): OperationSpec => ({
    id: "op",
    method: "GET",
    path: "/x",
    security,
  });
  const setup = () => {
    const issued: OperationSpec[] = [];
    const cache = new TokenCache(async (issuing) => {
      issued.push(issuing);
      return { access_token: "fetched" };
    });
    return { cache, issued };
  };
  const client = { clientId: "id", clientSecret: "secret" };

  it("fetches the token of the chosen alternative's bearer scheme, once, and says it did", async () => {
    const { cache, issued } = setup();
    expect(await cache.ensureFor(spec, operation([["AccessToken"]]), client, undefined)).toBe(true);
    expect(await cache.ensureFor(spec, operation([["AccessToken"]]), client, undefined)).toBe(true);
    expect(issued).toEqual([tokenOperation]);
    expect(cache.current()).toEqual(new Map([["AccessToken", "fetched"]]));
  });

  it("fetches nothing for a token the options give, a scheme without token operation, or no auth", async () => {
    const { cache, issued } = setup();
    const given = { ...client, accessToken: "given" };
    expect(await cache.ensureFor(spec, operation([["AccessToken"]]), given, undefined)).toBe(false);
    expect(
      await cache.ensureFor(spec, operation([["Plain"]]), { plainToken: "t" }, undefined),
    ).toBe(false);
    expect(await cache.ensureFor(spec, operation([]), client, undefined)).toBe(false);
    expect(issued).toEqual([]);
  });

  it("follows the preferred scheme where an operation allows several", async () => {
    const { cache, issued } = setup();
    const both = operation([["Plain"], ["AccessToken"]]);
    const options = { ...client, plainToken: "t" };
    expect(await cache.ensureFor(spec, both, options, undefined)).toBe(false);
    expect(await cache.ensureFor(spec, both, options, "AccessToken")).toBe(true);
    expect(issued).toHaveLength(1);
  });
});
