import { describe, expect, expectTypeOf, it } from "vitest";
import {
  parseWebhook,
  WebhookParseError,
  type Webhook,
} from "../../../generator/test/fixtures/webhooks/golden/src/index.js";
import { MAX_SHAPE_DEPTH } from "./limits.js";
import { parseWebhookPayload, type WebhookCatalogue } from "./webhooks.js";

function refusal(
  body: unknown,
  parse: (body: unknown) => unknown = parseWebhook,
): WebhookParseError {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof WebhookParseError) return error;
    throw error;
  }
  throw new Error("expected a WebhookParseError");
}

describe("generated parseWebhook (webhooks fixture, discriminated by `event`)", () => {
  it("picks the webhook by the discriminator and types its payload, from text, bytes or parsed JSON", () => {
    const fromText = parseWebhook('{"event":"PAYMENT_CAPTURED","accessId":"a1","amount":100}');
    expect(fromText).toEqual({
      webhook: "paymentCompleted",
      payload: { event: "PAYMENT_CAPTURED", accessId: "a1", amount: 100 },
    });
    const fromBytes = parseWebhook(
      new TextEncoder().encode('{"event":"PAYMENT_COMPLETED","accessId":"a2"}'),
    );
    expect(fromBytes.webhook).toBe("paymentCompleted");
    const fromObject = parseWebhook({ event: "REFUND_FAILED", refund: { id: "r1", reason: null } });
    expect(fromObject.webhook).toBe("refundFailed");
    if (fromObject.webhook === "refundFailed")
      expectTypeOf(fromObject.payload.refund.reason).toEqualTypeOf<string | null>();
    expectTypeOf<Webhook["webhook"]>().toEqualTypeOf<"paymentCompleted" | "refundFailed">();
  });

  it.each([
    ["not JSON", "{event:", "invalidJson", undefined, "not valid JSON"],
    ["a JSON array", "[1,2]", "notAnObject", undefined, "not a JSON object"],
    ["null", null, "notAnObject", undefined, "not a JSON object"],
    ["no discriminator", { accessId: "a1" }, "malformed", undefined, "no string `event`"],
    ["a numeric discriminator", { event: 7 }, "malformed", undefined, "no string `event`"],
    [
      "an unknown event",
      { event: "SOMETHING_ELSE", accessId: "a1" },
      "unknownEvent",
      "SOMETHING_ELSE",
      'unknown webhook event "SOMETHING_ELSE"',
    ],
    [
      "a missing field",
      { event: "PAYMENT_COMPLETED" },
      "malformed",
      "PAYMENT_COMPLETED",
      'paymentCompleted ("PAYMENT_COMPLETED"): $.accessId: required',
    ],
    [
      "a wrong nested type",
      { event: "REFUND_FAILED", refund: { id: 7, reason: "x" } },
      "malformed",
      "REFUND_FAILED",
      "$.refund.id: expected string",
    ],
  ])("refuses %s with a typed WebhookParseError", (_, body, reason, event, message) => {
    const error = refusal(body);
    expect(error.reason).toBe(reason);
    expect(error.event).toBe(event);
    expect(error.message).toContain(message);
  });

  it("checks a malformed body only against the webhook its discriminator names", () => {
    const error = refusal({ event: "REFUND_FAILED", accessId: "a1" });
    expect(error.webhook).toBe("refundFailed");
    expect(error.message).not.toContain("paymentCompleted");
  });

  it("cuts a long event name in the message", () => {
    const error = refusal({ event: "x".repeat(10_000) });
    expect(error.reason).toBe("unknownEvent");
    expect(error.message.length).toBeLessThan(200);
  });

  it("writes an event name's controls and bidirectional overrides as escapes in the message", () => {
    const error = refusal({ event: "PAY\u202eDETCELLOC\u001b[2J" });
    expect(error.message).toBe('unknown webhook event "PAY\\u202eDETCELLOC\\u001b[2J"');
    // The event itself is kept as it came, for code that inspects it.
    expect(error.event).toBe("PAY\u202eDETCELLOC\u001b[2J");
  });

  it("refuses a payload nested far past the shape check's limit as malformed instead of crashing", () => {
    let deep: Record<string, unknown> = { id: "r1", reason: null };
    // Far past MAX_SHAPE_DEPTH and past any JS stack: the explicit limit, not a RangeError, must stop it.
    for (let i = 0; i < 200_000; i++) deep = { id: "r", reason: null, inner: deep };
    const catalogue: WebhookCatalogue = {
      discriminator: "event",
      webhooks: [{ name: "deep", values: ["DEEP"], schema: { $ref: "#/components/schemas/Node" } }],
      definitions: {
        Node: { type: "object", properties: { inner: { $ref: "#/components/schemas/Node" } } },
      },
    };
    const error = refusal({ event: "DEEP", inner: deep }, (body) =>
      parseWebhookPayload(body, catalogue),
    );
    expect(error.reason).toBe("malformed");
    expect(error.message).toContain(`nested more than ${MAX_SHAPE_DEPTH} levels deep`);
  });
});

describe("parseWebhookPayload without a discriminator", () => {
  const catalogue: WebhookCatalogue = {
    webhooks: [
      {
        name: "paid",
        schema: {
          type: "object",
          required: ["paidAt"],
          properties: { paidAt: { type: "string" } },
        },
      },
      {
        name: "failed",
        schema: {
          type: "object",
          required: ["reason"],
          properties: { reason: { type: "string" } },
        },
      },
    ],
    definitions: {},
  };

  it("returns the first declared webhook whose schema matches", () => {
    expect(parseWebhookPayload(JSON.stringify({ reason: "declined" }), catalogue)).toEqual({
      webhook: "failed",
      payload: { reason: "declined" },
    });
  });

  it("names each webhook's first mismatch when none matches", () => {
    const error = refusal({ paidAt: 1 }, (body) => parseWebhookPayload(body, catalogue));
    expect(error.reason).toBe("malformed");
    expect(error.message).toContain("paid: $.paidAt: expected string; failed: $.reason: required");
  });
});
