import { describe, expect, it } from "vitest";
import { Redactor } from "../src/secrets.js";

describe("Redactor.cause without node:util", () => {
  const redactor = new Redactor(["skey_test_secret"]);

  it("keeps an error whose properties and causes hold no secret", () => {
    const error = new TypeError("fetch failed", {
      cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }),
    });
    expect(redactor.cause(error)).toBe(error);
  });

  it.each([
    ["the message", new Error("bad skey_test_secret")],
    [
      "a nested cause",
      new Error("outer", { cause: new Error("inner", { cause: new Error("skey_test_secret") }) }),
    ],
    [
      "a property of the cause",
      new Error("outer", { cause: Object.assign(new Error("x"), { header: "skey_test_secret" }) }),
    ],
    [
      "a non-enumerable property",
      Object.defineProperty(new Error("x"), "detail", {
        value: { key: "skey_test_secret" },
        enumerable: false,
      }),
    ],
  ])("replaces an error with a secret in %s by a scrubbed copy", (_, error) => {
    const replaced = redactor.cause(error);
    expect(replaced).not.toBe(error);
    expect(replaced).toBeInstanceOf(Error);
    expect((replaced as Error).message).not.toContain("skey_test_secret");
    expect((replaced as Error).name).toBe(error.name);
  });
});
