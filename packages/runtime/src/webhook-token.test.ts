import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors.js";
import { verifyWebhookToken } from "./webhook-token.js";

const TOKEN = "whsec_3f9a1c7e5b2d4068";

describe("verifyWebhookToken", () => {
  it.each([
    ["the right bearer token (Node headers)", { authorization: `Bearer ${TOKEN}` }, true],
    ["the right token, scheme in another case", { Authorization: `bearer ${TOKEN}` }, true],
    ["the right token in fetch Headers", new Headers({ Authorization: `Bearer ${TOKEN}` }), true],
    ["a wrong token of the same length", { authorization: `Bearer ${TOKEN.slice(0, -1)}9` }, false],
    ["a prefix of the token", { authorization: `Bearer ${TOKEN.slice(0, 8)}` }, false],
    ["the token with extra characters", { authorization: `Bearer ${TOKEN}x` }, false],
    ["no Authorization header", { "content-type": "application/json" }, false],
    ["the token without its scheme", { authorization: TOKEN }, false],
    ["another scheme", { authorization: `Basic ${TOKEN}` }, false],
    ["a repeated header", { authorization: [`Bearer ${TOKEN}`, `Bearer ${TOKEN}`] }, false],
    ["an empty header", { authorization: "" }, false],
  ])("%s", (_, headers, want) => {
    expect(verifyWebhookToken(headers, TOKEN)).toBe(want);
  });

  it("reads another header and a bare token when told to", () => {
    expect(
      verifyWebhookToken({ "x-webhook-token": TOKEN }, TOKEN, {
        header: "X-Webhook-Token",
        scheme: null,
      }),
    ).toBe(true);
    expect(
      verifyWebhookToken({ "x-webhook-token": `Bearer ${TOKEN}` }, TOKEN, {
        header: "X-Webhook-Token",
        scheme: null,
      }),
    ).toBe(false);
  });

  it("refuses an empty expected token instead of accepting anything", () => {
    expect(() => verifyWebhookToken({ authorization: "Bearer " }, "")).toThrow(ConfigurationError);
  });
});
