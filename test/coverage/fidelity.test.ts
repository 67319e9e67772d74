import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Omise } from "@paygen/omise";
import { documentAjv } from "../support/ajv.js";

/** Issue #20's fidelity fixes, each checked against the spec (and, where it changes behaviour, the client). */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
};
interface Spec {
  components: { schemas: Record<string, Schema> };
  servers: Array<{ url: string; description?: string }>;
  "x-paygen-client-headers"?: Array<Record<string, string>>;
}
interface SdkField {
  spec: string;
  schema: string;
  property: string;
  enum?: string[];
  source: string;
}

const specs = new Map<string, Spec>();
function spec(file: string): Spec {
  let loaded = specs.get(file);
  if (!loaded)
    specs.set(file, (loaded = parse(readFileSync(path.join(root, file), "utf8")) as Spec));
  return loaded;
}

function validator(file: string, schemaName: string) {
  const ajv = documentAjv(spec(file), "spec");
  return ajv.getSchema(`spec#/components/schemas/${schemaName}`)!;
}

const sdkFields = parse(
  readFileSync(path.join(root, "test/coverage/data/sdk-fields.yaml"), "utf8"),
) as SdkField[];

describe("fields the official SDKs send", () => {
  it.each(sdkFields.map((field) => [`${field.schema}.${field.property}`, field] as const))(
    "%s is declared",
    (_name, field) => {
      const property = spec(field.spec).components.schemas[field.schema]?.properties?.[
        field.property
      ];
      expect(
        property,
        `${field.spec} ${field.schema}.${field.property} (${field.source})`,
      ).toBeDefined();
      if (field.enum) expect(property!.enum).toEqual(field.enum);
    },
  );
});

describe("Omise-Version", () => {
  it("defaults to 2019-05-29 in the spec", () => {
    const header = spec("specs/omise/openapi.yaml")["x-paygen-client-headers"]?.find(
      (h) => h["name"] === "Omise-Version",
    );
    expect(header).toMatchObject({ option: "apiVersion", default: "2019-05-29" });
  });

  it("is sent by the client without apiVersion, and apiVersion still overrides it", async () => {
    const sent: Array<string | null> = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      sent.push(new Request(input, init).headers.get("Omise-Version"));
      return new Response(
        JSON.stringify({
          object: "balance",
          livemode: false,
          location: "/balance",
          currency: "jpy",
          total: 0,
          transferable: 0,
          reserve: 0,
          created_at: "2025-01-01T00:00:00Z",
        }),
        {
          headers: { "content-type": "application/json" },
        },
      );
    };
    await new Omise({ secretKey: "skey_test_fidelity", fetch }).balance.retrieve();
    await new Omise({
      secretKey: "skey_test_fidelity",
      fetch,
      apiVersion: "2017-11-02",
    }).balance.retrieve();
    expect(sent).toEqual(["2019-05-29", "2017-11-02"]);
  });
});

describe("UnivaPay subscription create", () => {
  const validate = validator("specs/univapay/openapi.yaml", "SubscriptionCreateRequest");
  const base = {
    transaction_token_id: "11ef32a7-3a71-8662-803f-1bc27702eeec",
    amount: 1000,
    currency: "JPY",
  };

  it("accepts exactly one of period and cyclical_period", () => {
    expect(validate({ ...base, period: "monthly" }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...base, cyclical_period: "P2M" }), JSON.stringify(validate.errors)).toBe(
      true,
    );
    expect(validate(base), "neither").toBe(false);
    expect(validate({ ...base, period: "monthly", cyclical_period: "P2M" }), "both").toBe(false);
  });
});

describe("GMO-PG order responses", () => {
  it.each([
    "OrderInquiryResponseCredit",
    "OrderInquiryResponseWallet",
    "OrderInquiryResponseCash",
    "OrderCaptureResponseCredit",
    "OrderCancelResponseCash",
  ])("%s does not require its result object (optional in GMO-PG's OAS 1.3.1)", (name) => {
    expect(spec("specs/gmo-pg/openapi.yaml").components.schemas[name]?.required ?? []).toEqual([]);
  });

  it("accepts an inquiry answer that carries only the transaction", () => {
    const validate = validator("specs/gmo-pg/openapi.yaml", "OrderInquiryResponse");
    const body = {
      orderReference: {
        accessId: "acdc7d53f7a78f488d8d0997eff99c6f",
        accessPass: "3f9c2b7e1d8a4c6fb05e92d4a7c1e8b3",
        orderId: "order-1",
        status: "UNPROCESSED",
        amount: "1000",
        chargeType: "CREDIT",
      },
    };
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("Pokepay production host", () => {
  it("tells the user, in the spec and the package README, to pass it as baseUrl", () => {
    expect(spec("specs/pokepay/partner.yaml").servers).toEqual([
      expect.objectContaining({ description: expect.stringContaining("`baseUrl`") }),
    ]);
    const readme = readFileSync(path.join(root, "packages/pokepay/README.md"), "utf8");
    // Spec text reaches the README literally (issue #13): its backticks are escaped, not code spans.
    expect(readme).toMatch(
      /\| `sandbox` +\| https:\/\/partnerapi-sandbox\.pokepay\.jp +\| .*\\`baseUrl\\`/,
    );
  });
});

describe("method names a merchant would guess", () => {
  type Paths = Record<
    string,
    Record<
      string,
      { operationId?: string; "x-paygen-resource"?: string; "x-paygen-method"?: string }
    >
  >;
  const calls = (file: string): Map<string, string> =>
    new Map(
      Object.values((spec(file) as unknown as { paths: Paths }).paths).flatMap((item) =>
        Object.values(item)
          .filter((op) => typeof op === "object" && op !== null && op.operationId !== undefined)
          .map(
            (op) =>
              [op.operationId!, `${op["x-paygen-resource"]}.${op["x-paygen-method"]}`] as const,
          ),
      ),
    );

  it("names Pokepay's operations after the SDK's operator, without a dangling word", () => {
    const pokepay = calls("specs/pokepay/partner.yaml");
    expect(
      Object.fromEntries(
        [
          "createPaymentTransactionWithBill",
          "createTopupTransactionWithCheck",
          "createTransactionWithCashtray",
          "bulkCreateTransaction",
          "postCreditSession",
          "listUserAccounts",
          "createUserAccount",
        ].map((id) => [id, pokepay.get(id)]),
      ),
    ).toEqual({
      createPaymentTransactionWithBill: "bills.createPaymentTransaction",
      createTopupTransactionWithCheck: "checks.createTopupTransaction",
      createTransactionWithCashtray: "cashtrays.createTransaction",
      bulkCreateTransaction: "bulk.createTransactions",
      postCreditSession: "creditSessions.create",
      listUserAccounts: "accounts.listForUser",
      createUserAccount: "accounts.createForUser",
    });
  });

  it("groups Pokepay's operations by what the path addresses, and pages through list methods", () => {
    const pokepay = calls("specs/pokepay/partner.yaml");
    const renamed = {
      getAccount: "accounts.get",
      updateAccount: "accounts.update",
      deleteAccount: "accounts.delete",
      listAccountBalances: "accounts.listBalances",
      listAccountExpiredBalances: "accounts.listExpiredBalances",
      updateCustomerAccount: "accounts.updateCustomer",
      getAccountTransferSummary: "accounts.getTransferSummary",
      getCustomerAccounts: "customers.listAccounts",
      getShopAccounts: "shops.listAccounts",
      getCustomerCards: "customers.listCards",
      createExternalTransaction: "externalTransactions.create",
      refundExternalTransaction: "externalTransactions.refund",
      getExternalTransactionByRequestId: "externalTransactions.getByRequestId",
      getBulkTransaction: "bulk.getTransaction",
      listBulkTransactionJobs: "bulk.listTransactionJobs",
      showTransactionGroup: "transactions.getGroup",
      getPrivateMoneys: "privateMoneys.list",
    };
    expect(Object.fromEntries(Object.keys(renamed).map((id) => [id, pokepay.get(id)]))).toEqual(
      renamed,
    );
    const groups = new Set([...pokepay.values()].map((call) => call.split(".")[0]));
    expect(groups.has("events"), "external transactions are not events").toBe(false);
    const paths = (spec("specs/pokepay/partner.yaml") as unknown as { paths: Paths }).paths;
    const walletCalls = Object.entries(paths)
      .filter(([route]) => route.startsWith("/accounts/{account_id}"))
      .flatMap(([, item]) => Object.values(item).map((op) => op["x-paygen-resource"]));
    expect(walletCalls).toHaveLength(7);
    expect(new Set(walletCalls), "every /accounts/{account_id} operation").toEqual(
      new Set(["accounts"]),
    );
  });

  it.each([
    "specs/omise/openapi.yaml",
    "specs/univapay/openapi.yaml",
    "specs/gmo-pg/openapi.yaml",
    "specs/pokepay/partner.yaml",
  ])("%s has no method ending in a preposition or an HTTP verb", (file) => {
    const odd = [...calls(file).values()].filter((call) =>
      /(With|For|By|Via|To|Of|\.post|\.put)$/.test(call),
    );
    expect(odd).toEqual([]);
  });
});
