import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  fetchVerifiedEvent,
  NotFoundError,
  Omise,
  WebhookParseError,
  WebhookVerificationError,
  type Webhook,
} from "../src/index.js";
import { startFaultServer, type Fault } from "../../runtime/test/fault-server.js";

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

const SECRET = "skey_test_verify";

/** A `charge.complete` event as Omise posts it and as `GET /events/{id}` returns it. */
function chargeEvent(overrides: { id?: string; key?: string; status?: string } = {}) {
  const id = overrides.id ?? "evnt_test_5fz0pe1b7x9m0swqm8m";
  return {
    object: "event",
    id,
    livemode: false,
    location: `/events/${id}`,
    key: overrides.key ?? "charge.complete",
    data: {
      object: "charge",
      id: "chrg_test_5fz0q1rtq1yr4vvhs5t",
      livemode: false,
      location: "/charges/chrg_test_5fz0q1rtq1yr4vvhs5t",
      amount: 100000,
      currency: "jpy",
      status: overrides.status ?? "successful",
      paid: true,
      created: "2025-01-15T03:00:00Z",
    },
    created_at: "2025-01-15T03:00:06Z",
  };
}

async function omiseAnswering(answer: Fault) {
  const server = await startFaultServer([answer]);
  stops.push(server.stop);
  return { omise: new Omise({ secretKey: SECRET, baseUrl: server.url, maxRetries: 0 }), server };
}

const found = (body: unknown): Fault => ({ kind: "json", status: 200, body });

describe("fetchVerifiedEvent: an Omise webhook checked by fetching its event", () => {
  it("returns the event Omise holds, typed by key, not the posted one", async () => {
    const { omise, server } = await omiseAnswering(found(chargeEvent({ status: "failed" })));
    const posted = JSON.stringify(chargeEvent({ status: "successful" }));

    const event = await fetchVerifiedEvent(omise, posted);

    expectTypeOf(event).toEqualTypeOf<Webhook>();
    expect(event.webhook).toBe("chargeEvent");
    if (event.webhook !== "chargeEvent") throw new Error("narrowed above");
    expect(event.payload.data?.status).toBe("failed");
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      "GET /events/evnt_test_5fz0pe1b7x9m0swqm8m",
    ]);
    expect(server.seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from(`${SECRET}:`).toString("base64")}`,
    );
  });

  it("rejects when the event under that id has another key", async () => {
    const { omise } = await omiseAnswering(found(chargeEvent({ key: "charge.create" })));
    const error = await fetchVerifiedEvent(omise, chargeEvent()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({
      eventId: "evnt_test_5fz0pe1b7x9m0swqm8m",
      message:
        'webhook event "evnt_test_5fz0pe1b7x9m0swqm8m" ("charge.complete") does not match the event Omise holds under that id ("evnt_test_5fz0pe1b7x9m0swqm8m", "charge.create")',
    });
  });

  it("rejects when Omise answers with another event", async () => {
    const { omise } = await omiseAnswering(found(chargeEvent({ id: "evnt_test_other" })));
    const error = await fetchVerifiedEvent(omise, chargeEvent()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
  });

  it("an event the account does not have is Omise's 404, as NotFoundError", async () => {
    const { omise } = await omiseAnswering({
      kind: "json",
      status: 404,
      body: { object: "error", location: "", code: "not_found", message: "event was not found" },
    });
    const error = await fetchVerifiedEvent(omise, chargeEvent()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it.each([
    ["not JSON", "{charge", "invalidJson"],
    ["an unknown key", JSON.stringify(chargeEvent({ key: "charge.teleport" })), "unknownEvent"],
  ])("a posted body that is %s is refused before anything is fetched", async (_, body, reason) => {
    const { omise, server } = await omiseAnswering(found(chargeEvent()));
    const error = await fetchVerifiedEvent(omise, body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookParseError);
    expect((error as WebhookParseError).reason).toBe(reason);
    expect(server.seen).toEqual([]);
  });
});
