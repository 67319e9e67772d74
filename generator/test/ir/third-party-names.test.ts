import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitClient } from "../../src/emit/client/emit-client.js";
import { buildIR } from "../../src/ir/index.js";
import { loadSpec } from "../../src/load/index.js";

/** A Twilio-shaped spec: version words in tags and paths, Basic auth with no x-paygen-credentials. */
const spec = {
  openapi: "3.1.0",
  info: { title: "Twilio-like", version: "1" },
  components: { securitySchemes: { accountSid_authToken: { type: "http", scheme: "basic" } } },
  security: [{ accountSid_authToken: [] }],
  paths: {
    "/2010-04-01/Accounts.json": {
      get: {
        operationId: "ListAccount",
        tags: ["Api20100401Account"],
        responses: { "200": { description: "ok" } },
      },
      post: {
        operationId: "CreateAccount",
        tags: ["Api20100401Account"],
        responses: { "201": { description: "ok" } },
      },
    },
    "/users/{id}": {
      get: {
        operationId: "users/get",
        tags: ["ユーザー"],
        responses: { "200": { description: "ok" } },
      },
      delete: {
        operationId: "getUsers",
        tags: ["users"],
        responses: { "204": { description: "ok" } },
      },
    },
  },
};

describe("names and credentials derived for a third-party spec", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "paygen-names-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads like a hand-written SDK, never `_`, and Basic has both halves", async () => {
    const file = path.join(folder, "openapi.json");
    writeFileSync(file, JSON.stringify(spec));
    const { spec: loaded } = await loadSpec(file);
    const { ir, diagnostics } = buildIR({ id: "twilio", specPath: "openapi.json", spec: loaded! });
    expect(diagnostics).toEqual([]);
    expect(ir!.operations.map((op) => [...op.resource, op.method].join("."))).toEqual([
      "account.list",
      "account.create",
      "users.get",
      // `users.get` is taken: the full derived name rather than a number.
      "users.getUsers",
    ]);
    expect(ir!.securitySchemes).toEqual([
      {
        name: "accountSid_authToken",
        kind: "basic",
        username: "accountSidAuthTokenUsername",
        password: "accountSidAuthTokenPassword",
      },
    ]);
  });

  it("an OAuth2 client-credentials tokenUrl becomes a token request authenticated with client id and secret", async () => {
    const file = path.join(folder, "oauth.json");
    const oauth = {
      type: "oauth2",
      flows: {
        clientCredentials: {
          tokenUrl: "https://auth.example.test/oauth/token",
          scopes: { read: "r" },
        },
      },
    };
    writeFileSync(
      file,
      JSON.stringify({
        ...spec,
        components: { securitySchemes: { oauth } },
        security: [{ oauth: [] }],
      }),
    );
    const { spec: loaded } = await loadSpec(file);
    const { ir } = buildIR({ id: "acme", specPath: "oauth.json", spec: loaded! });
    expect(ir!.securitySchemes.map((s) => s.name)).toEqual(["oauth", "oauthClient"]);
    const client = emitClient(ir!).replace(/\s+/g, " ");
    expect(client).toContain(
      '"tokenOperation":{"id":"oauth token","method":"POST","path":"/oauth/token","bodyMediaType":"application/x-www-form-urlencoded","encodeBody":encodeForm,"security":[["oauthClient"]],"servers":[{"url":"https://auth.example.test","environment":"default"}]},"scopes":["read"]',
    );
    expect(client).toContain('"tokenCache":TokenCache}');
    expect(client).toContain("import { ClientCore, TokenCache, encodeForm, type ApiError,");
    expect(client).toContain("oauthClientId?: string | undefined;");
    expect(client).toContain("oauthClientSecret?: string | undefined;");
  });
});
