import { describe, expect, it } from "vitest";
import { parseWebhook } from "@paygen/gmo-pg";
import { webhookRefusal } from "../support/webhook-refusal.js";

const refusal = (body: unknown) => webhookRefusal(parseWebhook, body);

describe("@paygen/gmo-pg parseWebhook", () => {
  it("tells the two webhooks apart by `event` and types their payloads", () => {
    const cash = parseWebhook(
      '{"accessId":"acdc7d53f7a78f488d8d0997eff99c6f","event":"CASH_PAID","csrfToken":"bdb04c5f"}',
    );
    expect(cash.webhook).toBe("cashWebhook");
    if (cash.webhook === "cashWebhook") expect(cash.payload.event).toBe("CASH_PAID");
    const refund = parseWebhook({
      accessId: "acdc7d53f7a78f488d8d0997eff99c6f",
      event: "REFUND_FAILED",
    });
    expect(refund).toEqual({
      webhook: "amazonPayCancelWebhook",
      payload: { accessId: "acdc7d53f7a78f488d8d0997eff99c6f", event: "REFUND_FAILED" },
    });
  });

  it("refuses an unknown event and a body missing a field, each as a typed error", () => {
    expect(refusal({ accessId: "x", event: "CASH_LOST" })).toMatchObject({
      reason: "unknownEvent",
      event: "CASH_LOST",
    });
    const missing = refusal({ event: "CASH_PAID" });
    expect(missing).toMatchObject({ reason: "malformed", webhook: "cashWebhook" });
    expect(missing.message).toContain("$.accessId: required");
  });
});
