import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ClientCore, type ClientOptions } from "../src/client-core.js";
import { ConfigurationError } from "../src/errors.js";
import { encodeForm } from "../src/form.js";
import { TokenCache } from "../src/token-cache.js";
import type { ClientSpec, OperationSpec } from "../src/spec.js";

/** Header and cookie parameters and every declared kind of credential, as a loopback server sees them. */
const seen: Array<{ url: string; headers: IncomingHttpHeaders; body: string }> = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      seen.push({ url: request.url!, headers: request.headers, body });
      const token = request.url === "/oauth/token";
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(token ? '{"access_token":"at_1","token_type":"bearer","expires_in":3600}' : "{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

const spec: ClientSpec = {
  provider: "params",
  servers: [],
  securitySchemes: {
    twilio: { kind: "basic", username: "accountSid", password: "authToken" },
    bearer: { kind: "bearer", tokenParts: ["token"], separator: "" },
    headerKey: { kind: "apiKey", in: "header", name: "X-Api-Key", option: "apiKey" },
    queryKey: { kind: "apiKey", in: "query", name: "api_key", option: "apiKey" },
    cookieKey: { kind: "apiKey", in: "cookie", name: "session", option: "apiKey" },
  },
  clientHeaders: [],
};
const operation = (security: string[][]): OperationSpec => ({
  id: "getThing",
  method: "GET",
  path: "/thing",
  security,
});
const client = (options: Record<string, unknown>) =>
  new ClientCore(spec, { baseUrl, maxRetries: 0, ...options } as ClientOptions);

describe("header and cookie parameters", () => {
  it("are sent as headers and one Cookie header, arrays comma-separated, values encoded", async () => {
    await client({}).call(
      operation([]),
      {},
      {
        header: { "X-Trace": "t-1", "X-Tags": ["a", "b"], "X-Unset": undefined },
        cookie: { theme: "dark mode", ids: [1, 2] },
      },
    );
    expect(seen[0]!.headers["x-trace"]).toBe("t-1");
    expect(seen[0]!.headers["x-tags"]).toBe("a,b");
    expect(seen[0]!.headers).not.toHaveProperty("x-unset");
    expect(seen[0]!.headers.cookie).toBe("theme=dark%20mode; ids=1%2C2");
  });

  it("a cookie parameter and a cookie API key travel together", async () => {
    await client({ apiKey: "k1" }).call(operation([["cookieKey"]]), {}, { cookie: { theme: "x" } });
    expect(seen[0]!.headers.cookie).toBe("theme=x; session=k1");
  });

  it("a header parameter with a line break is refused before anything is sent", async () => {
    const error = await client({})
      .call(operation([]), {}, { header: { "X-Trace": "a\r\nInjected: 1" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(seen).toHaveLength(0);
  });
});

describe("credentials as the spec declares them", () => {
  it("HTTP Basic sends the user name and the password", async () => {
    await client({ accountSid: "AC123", authToken: "tok_456" }).call(operation([["twilio"]]), {});
    expect(seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from("AC123:tok_456").toString("base64")}`,
    );
  });

  it("HTTP Basic with only the user name configured sends an empty password (RFC 7617 allows it)", async () => {
    await client({ accountSid: "sk_test_1" }).call(operation([["twilio"]]), {});
    expect(seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from("sk_test_1:").toString("base64")}`,
    );
  });

  it("without the user name the call is refused before anything is sent", async () => {
    const error = await client({ authToken: "tok_456" })
      .call(operation([["twilio"]]), {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe("getThing needs credentials: set accountSid");
    expect(seen).toHaveLength(0);
  });

  it.each([
    [
      "bearer",
      { token: "t0k" },
      (h: IncomingHttpHeaders, url: string) => [h.authorization, url],
      ["Bearer t0k", "/thing"],
    ],
    [
      "headerKey",
      { apiKey: "k1" },
      (h: IncomingHttpHeaders, url: string) => [h["x-api-key"], url],
      ["k1", "/thing"],
    ],
    [
      "queryKey",
      { apiKey: "k 1" },
      (h: IncomingHttpHeaders, url: string) => [h["x-api-key"], url],
      [undefined, "/thing?api_key=k%201"],
    ],
    [
      "cookieKey",
      { apiKey: "k1" },
      (h: IncomingHttpHeaders, url: string) => [h.cookie, url],
      ["session=k1", "/thing"],
    ],
  ] as const)("%s", async (scheme, options, read, want) => {
    await client(options).call(operation([[scheme]]), {});
    expect(read(seen[0]!.headers, seen[0]!.url)).toEqual(want);
  });
});

function oauthSpec(): ClientSpec {
  const tokenOperation: OperationSpec = {
    id: "oauth token",
    method: "POST",
    path: "/oauth/token",
    bodyMediaType: "application/x-www-form-urlencoded",
    encodeBody: encodeForm,
    security: [["oauthClient"]],
    servers: [{ url: baseUrl, environment: "default" }],
  };
  return {
    provider: "oauth",
    servers: [{ url: baseUrl, environment: "default" }],
    securitySchemes: {
      oauth: {
        kind: "bearer",
        tokenParts: ["oauth"],
        separator: "",
        tokenOperation,
        scopes: ["read", "write"],
      },
      oauthClient: { kind: "basic", username: "oauthClientId", password: "oauthClientSecret" },
    },
    clientHeaders: [],
    tokenCache: TokenCache,
  };
}

describe("OAuth2 client credentials declared only by a tokenUrl", () => {
  it("posts the client id and secret to the token URL once, then sends the token as a bearer", async () => {
    const core = new ClientCore(oauthSpec(), {
      oauthClientId: "cid",
      oauthClientSecret: "csecret",
      maxRetries: 0,
    } as ClientOptions);
    await core.call(operation([["oauth"]]), {});
    await core.call(operation([["oauth"]]), {});
    expect(seen.map((r) => r.url)).toEqual(["/oauth/token", "/thing", "/thing"]);
    expect(seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from("cid:csecret").toString("base64")}`,
    );
    expect(seen[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(seen[0]!.body).toBe("grant_type=client_credentials&scope=read%20write");
    expect(seen[1]!.headers.authorization).toBe("Bearer at_1");
    expect(seen[2]!.headers.authorization).toBe("Bearer at_1");
  });

  it("refuses a spec whose token operation has no token cache to keep the tokens in", () => {
    const { tokenCache: _, ...withoutCache } = oauthSpec();
    expect(() => new ClientCore(withoutCache, { maxRetries: 0 })).toThrow(
      new ConfigurationError("oauth: a spec with token operations needs a tokenCache"),
    );
  });
});
