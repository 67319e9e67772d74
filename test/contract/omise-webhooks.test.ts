import { describe, expect, expectTypeOf, it } from "vitest";
import { parseWebhook, type Webhook } from "@paygen/omise";
import { webhookRefusal } from "../support/webhook-refusal.js";

/** An event as Omise POSTs it (shape of docs.omise.co/api-webhooks and the Events API). */
const chargeComplete = {
  object: "event",
  id: "evnt_test_5fz0pe1b7x9m0swqm8m",
  livemode: false,
  location: "/events/evnt_test_5fz0pe1b7x9m0swqm8m",
  key: "charge.complete",
  created_at: "2025-01-15T03:00:06Z",
  data: {
    object: "charge",
    id: "chrg_test_5fz0q1rtq1yr4vvhs5t",
    livemode: false,
    location: "/charges/chrg_test_5fz0q1rtq1yr4vvhs5t",
    amount: 100000,
    currency: "jpy",
    status: "successful",
    paid: true,
    created: "2025-01-15T03:00:00Z",
  },
};

const refusal = (body: unknown) => webhookRefusal(parseWebhook, body);

describe("@paygen/omise parseWebhook", () => {
  it("types a charge event by its key, from the raw body", () => {
    const event = parseWebhook(JSON.stringify(chargeComplete));
    expect(event.webhook).toBe("chargeEvent");
    if (event.webhook === "chargeEvent") {
      expectTypeOf(event.payload.key).toEqualTypeOf<
        "charge.create" | "charge.update" | "charge.capture" | "charge.reverse" | "charge.complete"
      >();
      expect(event.payload.data?.status).toBe("successful");
    }
    expectTypeOf<Extract<Webhook["webhook"], "refundEvent" | "transferEvent">>().toEqualTypeOf<
      "refundEvent" | "transferEvent"
    >();
  });

  it("routes deletion, card-through-customer and refund events", () => {
    const destroyed = parseWebhook({
      ...chargeComplete,
      key: "customer.destroy",
      data: {
        object: "customer",
        id: "cust_test_5fz0olfpy32zadv96ek",
        livemode: false,
        deleted: true,
      },
    });
    expect(destroyed.webhook).toBe("customerDestroyEvent");
    const refund = parseWebhook({
      ...chargeComplete,
      key: "refund.create",
      data: {
        object: "refund",
        id: "rfnd_test_5fz0rg3nbrr0vjwcsm6",
        amount: 10000,
        currency: "jpy",
        charge: "chrg_test_5fz0q1rtq1yr4vvhs5t",
      },
    });
    expect(refund.webhook).toBe("refundEvent");
    const card = parseWebhook({
      ...chargeComplete,
      key: "customer.update.card",
      data: { object: "card", id: "card_test_5fz0p0bq3o2ud5hh4i7", livemode: false },
    });
    expect(card.webhook).toBe("cardEvent");
  });

  it("refuses an event key the spec does not list", () => {
    const error = refusal({ ...chargeComplete, key: "charge.teleport" });
    expect([error.reason, error.event]).toEqual(["unknownEvent", "charge.teleport"]);
  });

  it("refuses a charge event whose data is not a charge", () => {
    const error = refusal({
      ...chargeComplete,
      data: { ...chargeComplete.data, amount: "100000" },
    });
    expect(error.reason).toBe("malformed");
    expect(error.webhook).toBe("chargeEvent");
    expect(error.message).toContain("$.data.amount: expected integer");
  });
});
