import { describe, expect, expectTypeOf, it } from "vitest";
import { parseWebhook, verifyWebhookToken } from "@paygen/univapay";
import { webhookRefusal } from "../support/webhook-refusal.js";

/** A delivery as UnivaPay POSTs it (univapay-client-ruby-sdk doc/events/webhooks/charge/charge-finished.md). */
const chargeFinished = {
  id: "11ef0000-0000-4000-8000-000000000001",
  event: "charge_finished",
  created_on: "2026-04-09T07:35:50.000000Z",
  data: {
    id: "6efb4e5c-690a-40f3-a4f1-0e19c5f84e98",
    store_id: "11edf541-c42d-653c-8c3d-dfe0a55f95c0",
    transaction_token_id: "11ef32a7-3a71-8662-803f-1bc27702eeec",
    transaction_token_type: "recurring",
    requested_amount: 1250,
    requested_currency: "JPY",
    charged_amount: 1250,
    charged_currency: "JPY",
    status: "successful",
    error: null,
    mode: "test",
    created_on: "2024-06-26T01:51:30.000000Z",
  },
};

const refusal = (body: unknown) => webhookRefusal(parseWebhook, body);

describe("@paygen/univapay parseWebhook", () => {
  it("types a charge event by its `event`", () => {
    const delivery = parseWebhook(Buffer.from(JSON.stringify(chargeFinished)));
    expect(delivery.webhook).toBe("chargeEvent");
    if (delivery.webhook === "chargeEvent") {
      expectTypeOf(delivery.payload.event).toEqualTypeOf<"charge_updated" | "charge_finished">();
      expect(delivery.payload.data.status).toBe("successful");
    }
  });

  it("routes a bank-transfer status update and both spellings of the 3-D Secure token event", () => {
    const bank = parseWebhook({
      ...chargeFinished,
      event: "bank_transfer_status_updated",
      data: {
        id: "11ef0000-0000-4000-8000-000000000002",
        charge_id: chargeFinished.data.id,
        payment_status: "exact",
        amount: 1000,
        balance: 0,
      },
    });
    expect(bank.webhook).toBe("bankTransferStatusEvent");
    const token = {
      id: "11ef32a7-3a71-8662-803f-1bc27702eeec",
      store_id: chargeFinished.data.store_id,
      payment_type: "card",
      type: "recurring",
      mode: "test",
    };
    expect(
      parseWebhook({ ...chargeFinished, event: "token_three_d_s_updated", data: token }).webhook,
    ).toBe("tokenEvent");
    expect(
      parseWebhook({ ...chargeFinished, event: "token_three_ds_updated", data: token }).webhook,
    ).toBe("tokenEvent");
  });

  it("refuses an event without a documented payload as unknown", () => {
    const error = refusal({ ...chargeFinished, event: "transfer_finalized" });
    expect([error.reason, error.event]).toEqual(["unknownEvent", "transfer_finalized"]);
  });

  it("refuses a charge event whose charge lacks its status", () => {
    const { status: _status, ...withoutStatus } = chargeFinished.data;
    const error = refusal({ ...chargeFinished, data: withoutStatus });
    expect(error.reason).toBe("malformed");
    expect(error.message).toContain("$.data.status: required");
  });
});

describe("@paygen/univapay verifyWebhookToken", () => {
  const authToken = "7f3c9e1a-univapay-webhook-token";

  it("accepts the webhook's auth token and refuses a wrong or missing one", () => {
    expect(verifyWebhookToken({ authorization: `Bearer ${authToken}` }, authToken)).toBe(true);
    expect(
      verifyWebhookToken(new Headers({ Authorization: `Bearer ${authToken}` }), authToken),
    ).toBe(true);
    expect(
      verifyWebhookToken({ authorization: `Bearer ${authToken.replace("7", "8")}` }, authToken),
    ).toBe(false);
    expect(verifyWebhookToken({ "content-type": "application/json" }, authToken)).toBe(false);
  });
});
