import { describe, expect, it } from "vitest";
import { parseWebhook, WebhookParseError } from "@paygen/gmo-pg";

describe("@paygen/gmo-pg parseWebhook", () => {
  it("tells the two webhooks apart and types their payloads", () => {
    const cash = parseWebhook('{"accessId":"acdc7d53f7a78f488d8d0997eff99c6f","event":"CASH_PAID","csrfToken":"bdb04c5f"}');
    expect(cash.webhook).toBe("cashWebhook");
    if (cash.webhook === "cashWebhook") expect(cash.payload.event).toBe("CASH_PAID");
    const refund = parseWebhook({ accessId: "acdc7d53f7a78f488d8d0997eff99c6f", event: "REFUND_FAILED" });
    expect(refund).toEqual({ webhook: "amazonPayCancelWebhook", payload: { accessId: "acdc7d53f7a78f488d8d0997eff99c6f", event: "REFUND_FAILED" } });
  });

  it("throws a clear error on a body that matches neither", () => {
    expect(() => parseWebhook({ accessId: "x", event: "CASH_LOST" })).toThrow(WebhookParseError);
    expect(() => parseWebhook({ event: "CASH_PAID" })).toThrow("cashWebhook: $.accessId: required");
  });
});
