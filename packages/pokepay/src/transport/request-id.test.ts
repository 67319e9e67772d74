import { describe, expect, it } from "vitest";
import { withRequestId } from "./request-id.js";

describe("withRequestId", () => {
  it.each([
    ["a string", "req_1"],
    ["a number", 0],
    ["false", false],
  ])("keeps the caller's request_id when it is %s", (_, given) => {
    expect(withRequestId({ amount: 1, request_id: given }, () => "fresh")).toEqual({
      amount: 1,
      request_id: given,
    });
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["empty", ""],
  ])("fills a fresh one when the caller's is %s", (_, given) => {
    expect(withRequestId({ amount: 1, request_id: given }, () => "fresh")).toEqual({
      amount: 1,
      request_id: "fresh",
    });
  });

  it("fills one without a body, a UUID v4 by default, and never changes the body given", () => {
    expect(withRequestId(undefined, () => "fresh")).toEqual({ request_id: "fresh" });
    const body = { amount: 1 };
    const filled = withRequestId(body);
    expect(filled.request_id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(body).toEqual({ amount: 1 });
    const kept = { request_id: "r" };
    expect(withRequestId(kept)).not.toBe(kept);
  });
});
