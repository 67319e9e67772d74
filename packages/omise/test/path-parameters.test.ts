import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, Omise } from "../src/index.js";
import { startFaultServer } from "../../runtime/test/fault-server.js";

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

describe("Omise path parameters that would address another resource", () => {
  it.each(["..", ".", "", "%2e%2E"])(
    'customers.cards.destroy("cus_1", %j) is refused before anything is sent',
    async (card) => {
      const server = await startFaultServer([
        { kind: "json", status: 200, body: { object: "card" } },
      ]);
      stops.push(server.stop);
      const omise = new Omise({ secretKey: "skey_test_5xyz", baseUrl: server.url, maxRetries: 0 });
      const error = await omise.customers.cards.destroy("cus_1", card).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^destroyCard: path parameter "cardId" is /);
      expect(server.seen).toEqual([]);
    },
  );

  it("an ordinary id is sent encoded, to the card", async () => {
    const server = await startFaultServer([
      { kind: "json", status: 200, body: { object: "card" } },
    ]);
    stops.push(server.stop);
    const omise = new Omise({ secretKey: "skey_test_5xyz", baseUrl: server.url, maxRetries: 0 });
    await omise.customers.cards.destroy("cus_1", "../admin");
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      "DELETE /customers/cus_1/cards/..%2Fadmin",
    ]);
  });
});
