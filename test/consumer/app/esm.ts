// An application's ES module: every provider package, type-checked under nodenext and bundler
// resolution, and run against the loopback server whose URL is in PAYGEN_BASE_URL.
import { GmoPg } from "@paygen/gmo-pg";
import { NotFoundError, Omise, type CreateChargeBody } from "@paygen/omise";
import { Pokepay, readPokepayIni } from "@paygen/pokepay";
import { UnivaPay } from "@paygen/univapay";

const baseUrl = process.env.PAYGEN_BASE_URL;
if (!baseUrl) throw new Error("PAYGEN_BASE_URL is not set");

// Only constructed, never called: their credentials and transports are checked by type only.
export function otherClients(): unknown[] {
  return [
    new GmoPg({ shopId: "tshop00000001", shopPassword: "password" }),
    new UnivaPay({ appSecret: "secret", appJwt: "jwt", environment: "gyron" }),
    new Pokepay({ clientId: "id", clientSecret: "secret", cert: "cert.pem", key: "key.pem" }),
    new Pokepay(readPokepayIni("config.ini")),
  ];
}

const omise = new Omise({ secretKey: "skey_test_consumer", baseUrl, maxRetries: 0 });

// Request properties with a spec default (`capture`) may be left out.
const body: CreateChargeBody = { amount: 100_000, currency: "thb", card: "tokn_test_1" };
const charge = await omise.charges.create(body);
const id: string = charge.id;

let notFound = "";
try {
  await omise.charges.retrieve("chrg_missing");
} catch (error) {
  if (error instanceof NotFoundError) notFound = `${error.status} ${String(error.code)}`;
  else throw error;
}

console.log(JSON.stringify({ id, amount: charge.amount, notFound }));
