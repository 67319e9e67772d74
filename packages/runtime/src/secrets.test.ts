import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors.js";
import { checkCredential, checkHeaders, Redactor } from "./secrets.js";

function refusal(check: () => void): string {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigurationError");
}

describe("checkCredential", () => {
  it("accepts an absent credential and an ordinary one, spaces inside included", () => {
    expect(() => checkCredential("omise", "secretKey", undefined)).not.toThrow();
    expect(() => checkCredential("omise", "secretKey", "skey test 1")).not.toThrow();
  });

  it.each([
    ["an empty string", ""],
    ["only spaces", "   "],
    ["a number", 42],
    ["null", null],
  ])("refuses %s by option name", (_, value) => {
    expect(refusal(() => checkCredential("omise", "secretKey", value))).toBe(
      "omise: secretKey must be a non-empty string",
    );
  });

  it.each([
    ["a tab", "skey\tx"],
    ["a unit separator", "skey\u001fx"],
    ["DEL", "skey\u007fx"],
    ["a backspace", "skey\u0008x"],
  ])("refuses %s without showing the value", (_, value) => {
    const message = refusal(() => checkCredential("omise", "secretKey", value));
    expect(message).toBe("omise: secretKey contains control characters (CR, LF, …)");
  });
});

describe("checkHeaders", () => {
  it("accepts tokens as names, and tabs and visible text in values", () => {
    expect(() =>
      checkHeaders("client", { "X-Trace_id.v1!#$%&'*+^`|~": "a\tb c", Accept: "*/*" }),
    ).not.toThrow();
    expect(() => checkHeaders("client", undefined)).not.toThrow();
  });

  it("refuses a name that is not a token, quoting at most 40 characters of it", () => {
    expect(refusal(() => checkHeaders("client", { "": "v" }))).toBe(
      'client: header name "" is not an HTTP token',
    );
    const long = `${"x".repeat(50)} y`;
    expect(refusal(() => checkHeaders("client", { [long]: "v" }))).toBe(
      `client: header name "${"x".repeat(40)}" is not an HTTP token`,
    );
  });

  it("refuses a value that is not a string or has a control character, without showing it", () => {
    expect(refusal(() => checkHeaders("client", { "x-a": 1 }))).toBe(
      "client: header x-a must be a string",
    );
    expect(refusal(() => checkHeaders("client", { "x-a": "secret\u0000" }))).toBe(
      "client: header x-a has control characters (CR, LF, …) in its value",
    );
  });
});

describe("Redactor", () => {
  it("replaces a secret that contains another whole, whatever the order they were given in", () => {
    const redactor = new Redactor(["abcd", "abcdefgh"]);
    expect(redactor.text("key abcdefgh and abcd")).toBe("key [redacted] and [redacted]");
  });

  it("scrubs secrets added later and applies the extra scrubber last", () => {
    const redactor = new Redactor(["skey_1"], (text) => text.replace(/tok_\w+/g, "[token]"));
    redactor.add("Basic c2tleV8x");
    expect(redactor.text("skey_1 Basic c2tleV8x tok_9")).toBe("[redacted] [redacted] [token]");
  });

  it("scrubs every string of parsed JSON and keeps the rest of its shape", () => {
    const redactor = new Redactor(["skey_1"]);
    expect(
      redactor.value({ message: "bad skey_1", items: ["skey_1", 3, null], nested: { ok: true } }),
    ).toEqual({ message: "bad [redacted]", items: ["[redacted]", 3, null], nested: { ok: true } });
  });

  it("leaves objects that are not plain JSON alone", () => {
    const redactor = new Redactor(["skey_1"]);
    const date = new Date(0);
    const map = new Map([["k", "skey_1"]]);
    expect(redactor.value(date)).toBe(date);
    expect(redactor.value(map)).toBe(map);
  });

  it("replaces a non-Error with a secret by an Error named Error", () => {
    const replaced = new Redactor(["skey_1"]).cause("failed with skey_1");
    expect(replaced).toBeInstanceOf(Error);
    expect((replaced as Error).name).toBe("Error");
    expect((replaced as Error).message).toBe("failed with [redacted]");
  });

  it("looks 4 levels deep into an error's causes, and no deeper", () => {
    const redactor = new Redactor(["skey_1"]);
    const chain = (levels: number): Error => {
      let error = new Error("skey_1");
      for (let level = 0; level < levels; level++) error = new Error("outer", { cause: error });
      return error;
    };
    const deepest = chain(4);
    expect(redactor.cause(deepest)).not.toBe(deepest);
    const tooDeep = chain(5);
    expect(redactor.cause(tooDeep)).toBe(tooDeep);
  });
});
