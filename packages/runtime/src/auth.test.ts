import { describe, expect, it } from "vitest";
import { applyAuth } from "./auth.js";
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
