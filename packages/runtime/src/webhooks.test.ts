import { describe, expect, expectTypeOf, it } from "vitest";
import { parseWebhook, WebhookParseError, type Webhook } from "../../../generator/test/fixtures/webhooks/golden/src/index.js";

describe("generated parseWebhook (webhooks fixture)", () => {
  it("returns the matching webhook with its typed payload, from text or parsed JSON", () => {
    const fromText = parseWebhook('{"event":"PAYMENT_COMPLETED","accessId":"a1","amount":100}');
    expect(fromText).toEqual({ webhook: "paymentCompleted", payload: { event: "PAYMENT_COMPLETED", accessId: "a1", amount: 100 } });
    const fromObject = parseWebhook({ event: "REFUND_FAILED", refund: { id: "r1", reason: null } });
    expect(fromObject.webhook).toBe("refundFailed");
    if (fromObject.webhook === "refundFailed") expectTypeOf(fromObject.payload.refund.reason).toEqualTypeOf<string | null>();
    expectTypeOf<Webhook["webhook"]>().toEqualTypeOf<"paymentCompleted" | "refundFailed">();
  });

  it.each([
    ["not JSON", "{event:", "not valid JSON"],
    ["an unknown event", { event: "SOMETHING_ELSE", accessId: "a1" }, "paymentCompleted: $.event: expected one of"],
    ["a missing field", { event: "PAYMENT_COMPLETED" }, "paymentCompleted: $.accessId: required"],
    ["a wrong type", { event: "REFUND_FAILED", refund: { id: 7, reason: "x" } }, "refundFailed: $.refund.id: expected string"],
  ])("rejects %s with a clear error", (_, body, message) => {
    expect(() => parseWebhook(body)).toThrow(WebhookParseError);
    expect(() => parseWebhook(body)).toThrow(message);
  });
});
