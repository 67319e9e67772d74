import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, createEnvelopeTransport, Pokepay } from "../src/index.js";
import { makeTestCertificates, type TestCertificates } from "../src/transport/testing/certs.js";
import { startPeer, type Peer } from "../src/transport/testing/peer.js";

const clientId = "8b3f6a1e-5c1d-4e7a-9a0b-000000000002";
const key = randomBytes(32);
let certs: TestCertificates;
let peer: Peer;

beforeAll(async () => {
  certs = makeTestCertificates();
  peer = await startPeer({
    tls: { cert: certs.serverCert, key: certs.serverKey, ca: certs.ca },
    clientId,
    key,
    handler: () => ({ status: 200, body: {} }),
  });
});
afterAll(async () => {
  await peer?.stop();
});

const options = () => ({
  clientId,
  clientSecret: key.toString("base64url"),
  cert: certs.clientCert,
  key: certs.clientKey,
  ca: certs.ca,
  baseUrl: peer.url,
  maxRetries: 0,
});

describe("Pokepay path parameters that would address another resource", () => {
  it.each(["..", ".", "", "%2e%2E"])(
    "accounts.delete(%j) is refused before anything is sent",
    async (accountId) => {
      const pokepay = new Pokepay(options());
      const error = await pokepay.accounts.delete(accountId, {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^deleteAccount: path parameter "account_id" is /);
      expect(peer.received).toEqual([]);
    },
  );

  it("the transport itself refuses a URL with a dot segment", async () => {
    const transport = createEnvelopeTransport(options());
    try {
      for (const path of ["/accounts/..", "/accounts/%2E%2e", "/accounts/./x"]) {
        const error = await transport({
          method: "DELETE",
          url: `${peer.url}${path}`,
          operationId: "deleteAccount",
          headers: {},
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as Error).message).toMatch(
          /^deleteAccount: the request path has a "\." or "\.\." segment/,
        );
      }
      expect(peer.received).toEqual([]);
    } finally {
      transport.close();
    }
  });

  it("an ordinary id reaches the account it names", async () => {
    const pokepay = new Pokepay(options());
    await pokepay.accounts.delete("acc_1", {});
    expect(peer.received.map((r) => `${r.method} ${r.path}`)).toEqual(["DELETE /accounts/acc_1"]);
  });
});
