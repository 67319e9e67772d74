import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, UnivaPay } from "../src/index.js";
import { startFaultServer } from "../../runtime/test/fault-server.js";

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

describe("UnivaPay path parameters that would address another resource", () => {
  it.each(["..", ".", "", "%2E%2e", "%252e"])(
    'charges.get("st_1", %j) is refused before anything is sent',
    async (chargeId) => {
      const server = await startFaultServer([{ kind: "json", status: 200, body: {} }]);
      stops.push(server.stop);
      const univapay = new UnivaPay({
        appSecret: "secret_1234",
        appJwt: "jwt_1234",
        baseUrl: server.url,
        maxRetries: 0,
      });
      const error = await univapay.charges.get("st_1", chargeId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^getCharge: path parameter "chargeId" is /);
      expect(server.seen).toEqual([]);
    },
  );

  it("the store id is checked too", async () => {
    const server = await startFaultServer([{ kind: "json", status: 200, body: {} }]);
    stops.push(server.stop);
    const univapay = new UnivaPay({
      appSecret: "secret_1234",
      appJwt: "jwt_1234",
      baseUrl: server.url,
      maxRetries: 0,
    });
    await expect(univapay.charges.get("..", "ch_1")).rejects.toThrow(/path parameter "storeId"/);
    expect(server.seen).toEqual([]);
  });
});
