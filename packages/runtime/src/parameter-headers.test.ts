import { describe, expect, it } from "vitest";
import { cookieHeader, parameterHeaders } from "./parameter-headers.js";

describe("parameterHeaders", () => {
  it("writes values in the simple style under lower-case names", () => {
    expect(
      parameterHeaders({
        "X-Count": 3,
        "X-Tags": ["a", "b"],
        "X-Filter": { state: "open", limit: 2 },
        "X-Flag": false,
      }),
    ).toEqual({
      "x-count": "3",
      "x-tags": "a,b",
      "x-filter": "state,open,limit,2",
      "x-flag": "false",
    });
  });

  it("leaves unset parameters out, and keeps an empty string", () => {
    expect(parameterHeaders({ a: undefined, b: null, c: "" })).toEqual({ c: "" });
    expect(parameterHeaders(undefined)).toEqual({});
  });
});

describe("cookieHeader", () => {
  it("joins set parameters, percent-encoded, with `; `", () => {
    expect(cookieHeader({ session: "x y", unset: undefined, gone: null, ids: [1, 2] })).toBe(
      "session=x%20y; ids=1%2C2",
    );
  });

  it("is undefined when no parameter is set", () => {
    expect(cookieHeader({ unset: undefined, gone: null })).toBeUndefined();
    expect(cookieHeader({})).toBeUndefined();
    expect(cookieHeader(undefined)).toBeUndefined();
  });
});
