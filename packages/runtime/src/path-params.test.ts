import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors.js";
import { checkPathParameters, hasDotSegment } from "./path-params.js";

describe("checkPathParameters", () => {
  const check = (value: unknown) => () =>
    checkPathParameters("destroyCard", "/customers/{customer}/cards/{card}", {
      customer: "cus_1",
      card: value,
    });

  it.each([".", "..", "", "%2e", "%2e%2E", "%2E.", ".%2e", "%252e%252e", "%25252e"])(
    "refuses %j",
    (value) => {
      expect(check(value)).toThrow(ConfigurationError);
      expect(check(value)).toThrow(/destroyCard: path parameter "card" is /);
    },
  );

  it("refuses a missing parameter", () => {
    expect(check(undefined)).toThrow('destroyCard: path parameter "card" is missing');
    expect(check(null)).toThrow('destroyCard: path parameter "card" is missing');
  });

  it.each(["card_1", "...", "../admin", "a/b?x=1", "#", "%zz", ".a", 0, 42])(
    "accepts %j (encoded by the serializer)",
    (value) => {
      expect(check(value)).not.toThrow();
    },
  );
});

describe("hasDotSegment", () => {
  it.each([
    ["https://h.example/accounts/..", true],
    ["https://h.example/accounts/./x", true],
    ["https://h.example/accounts/%2E%2e?x=1", true],
    ["/a/%252e/b", true],
    ["https://h.example/accounts/..a", false],
    ["https://h.example/accounts/a?x=..", false],
    ["https://h.example/accounts/a#..", false],
    ["https://h.example/", false],
    // The scheme and authority are not path: a host such as `..` or `a..` holds no dot segment.
    ["https://../a", false],
    ["svn+ssh.2-x://a../b", false],
    ["https://h.example/a?next=/../b", false],
  ])("%s → %s", (url, expected) => {
    expect(hasDotSegment(url)).toBe(expected);
  });
});

describe("checkPathParameters with array and object values", () => {
  const check = (value: unknown) => () =>
    checkPathParameters("getItems", "/items/{ids}", { ids: value });

  it.each([[[]], [["a", ".."]], [{}], [{ k: "." }]])("refuses %j", (value) => {
    expect(check(value)).toThrow(ConfigurationError);
  });

  it.each([[["a", "b"]], [{ role: "admin", firstName: "Alex" }], [[1, 2]]])(
    "accepts %j",
    (value) => {
      expect(check(value)).not.toThrow();
    },
  );
});

describe("what a refusal says", () => {
  const message = (value: unknown) => {
    try {
      checkPathParameters("getItems", "/items/{ids}", { ids: value });
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  it("quotes the value as it would be written, items joined by commas, at most 20 characters", () => {
    expect(message([])).toBe(
      'getItems: path parameter "ids" is "", which would address another resource',
    );
    expect(message(["a", ".."])).toContain('is "a,..", which');
    expect(message(["a-very-long-identifier", ".."])).toContain('is "a-very-long-identifi", which');
  });

  it("sees through three rounds of percent-encoding, and no more (an explicit bound)", () => {
    expect(message("%25252e")).toBeDefined();
    expect(message("%2525252e")).toBeUndefined();
  });
});
