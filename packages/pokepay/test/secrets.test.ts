import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, createEnvelopeTransport, Pokepay } from "../src/index.js";
import { makeTestCertificates, type TestCertificates } from "../src/transport/testing/certs.js";
import { startPeer, type Peer } from "../src/transport/testing/peer.js";

const clientId = "8b3f6a1e-5c1d-4e7a-9a0b-000000000003";
const key = randomBytes(32);
const clientSecret = key.toString("base64url");
let certs: TestCertificates;
let peer: Peer;

beforeAll(async () => {
  certs = makeTestCertificates();
  peer = await startPeer({
    tls: { cert: certs.serverCert, key: certs.serverKey, ca: certs.ca },
    clientId,
    key,
    // An error answer that echoes the client secret and the key in hex.
    handler: () => ({
      status: 400,
      body: {
        type: "invalid_parameters",
        message: `bad secret ${clientSecret} / ${key.toString("hex")}`,
      },
    }),
  });
});
afterAll(async () => {
  await peer?.stop();
});

const options = () => ({
  clientId,
  clientSecret,
  cert: certs.clientCert,
  key: certs.clientKey,
  ca: certs.ca,
  baseUrl: peer.url,
  maxRetries: 0,
});

describe("Pokepay secrets are scrubbed from errors", () => {
  it("the client secret and the key, echoed by the server, never reach the error", async () => {
    const pokepay = new Pokepay(options());
    const error = await pokepay.accounts.delete("acc_1", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toBe(
      "deleteAccount failed with HTTP 400 invalid_parameters: bad secret [redacted] / [redacted]",
    );
    const shown = [String(error), inspect(error), JSON.stringify(error)].join("\n");
    expect(shown).not.toContain(clientSecret);
    expect(shown).not.toContain(key.toString("hex"));
  });

  it("the transport's redact covers the secret, the key's spellings and the private key's lines", () => {
    const transport = createEnvelopeTransport(options());
    transport.close();
    const keyLine = certs.clientKey
      .split("\n")
      .find((line) => line.length >= 40 && !line.startsWith("-----"))!;
    expect(
      transport.redact(
        `${clientSecret} ${key.toString("base64")} ${key.toString("hex")} ${keyLine}`,
      ),
    ).toBe("[redacted] [redacted] [redacted] [redacted]");
  });
});
