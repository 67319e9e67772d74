import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../generator/src/diff/model.js";
import { diffSpecs } from "../../generator/src/diff/run.js";
import { suggestBump } from "../../generator/src/diff/semver.js";
import { loadSpec, type LoadedSpec } from "../../generator/src/load/index.js";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

async function load(version: string): Promise<LoadedSpec> {
  const { spec, diagnostics } = await loadSpec(path.join(fixtures, `pokepay-${version}.yaml`));
  if (!spec) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return spec;
}

/**
 * Seed 003 (the Pokepay partner SDK docs diff 0.1.15.1 → 0.1.19) is the ground truth. Line numbers
 * refer to ../shared/seeds/003_pokepay_docs_diff_readable.txt.
 */
const EXPECTED = [
  // 318–343, 377–385: money_amount / point_amount / amount are integers now (the old type is cut off in
  // the seed; Pokepay's earlier partner.yaml had number). A narrowing: breaking, same TypeScript type.
  "breaking request-property-type-changed POST /transactions/payment: request body property 'amount' type changed from number to integer",
  "breaking request-property-type-changed POST /transactions/topup: request body property 'money_amount' type changed from number to integer",
  "breaking request-property-type-changed POST /transactions/topup: request body property 'point_amount' type changed from number to integer",
  // The new operations' schemas: new exported types, nothing existing changes.
  ...[
    "AccountDeleted",
    "Campaign",
    "Check",
    "ExternalTransactionDetail",
    "PaginatedCampaigns",
    "PaginatedTransactionV2",
    "UnpermittedAdminUser",
  ].map(
    (name) =>
      `info component-schema-added -: component schema '${name}' added: new exported type components["schemas"]["${name}"]`,
  ),
  // ExternalTransaction is used by no operation; its sender_account is the Account that gains status.
  "info component-schema-changed-unreachable -: component schema 'ExternalTransaction' (used by no operation) changed at 'sender_account': exported type components[\"schemas\"][\"ExternalTransaction\"]",
  // 4–40: eleven new operations.
  "info operation-added DELETE /accounts/{account_id}: operation added",
  // 817–829: GetCustomerAccounts can filter by wallet status.
  "info request-property-added-optional GET /accounts/customers: request body property 'status' added as optional",
  "info operation-added GET /campaigns: operation added",
  "info operation-added GET /campaigns/{campaign_id}: operation added",
  // 2181–2193: Transaction gains money_amount and point_amount; 2197–2201: Account gains status. Each
  // is one change to a shared component, listed with every other operation that returns it.
  "info response-property-added GET /cpm/{cpm_token}: response 200 property 'transaction.money_amount' added (+ GET /customers/transactions, GET /transactions)",
  "info response-property-added GET /cpm/{cpm_token}: response 200 property 'transaction.point_amount' added (+ GET /customers/transactions, GET /transactions)",
  "info response-property-added GET /cpm/{cpm_token}: response 200 property 'transaction.sender_account.status' added (+ GET /customers/transactions, GET /transactions, GET /transactions/{transaction_id}, POST /transactions/payment, POST /transactions/topup)",
  // 872–895: ListCustomerTransactions' type accepts cashback and expire.
  'info request-property-enum-value-added GET /customers/transactions: request body property \'type\' enum values "cashback", "expire" added',
  // 72–92: ListTransactions' types accept cashback and expire.
  'info request-property-enum-value-added GET /transactions: request body property \'types[]\' enum values "cashback", "expire" added',
  "info operation-added GET /transactions-v2: operation added",
  // 2094–2098: TransactionDetail gains transfers.
  "info response-property-added GET /transactions/{transaction_id}: response 200 property 'transfers' added (+ POST /transactions/payment, POST /transactions/topup)",
  // 500–517: ListTransfers' transfer_types accept cashback and expire.
  'info request-property-enum-value-added GET /transfers: request body property \'transfer_types[]\' enum values "cashback", "expire" added',
  // 2251–2255: AccountWithoutPrivateMoneyDetail (a transfer's accounts) gains status.
  "info response-property-added GET /transfers: response 200 property 'rows[].sender_account.status' added",
  // 641–648: UpdateAccount takes status and can_transfer_topup.
  "info request-property-added-optional PATCH /accounts/{account_id}: request body property 'can_transfer_topup' added as optional",
  "info request-property-added-optional PATCH /accounts/{account_id}: request body property 'status' added as optional",
  "info operation-added PATCH /accounts/{account_id}/customers: operation added",
  "info operation-added PATCH /campaigns/{campaign_id}: operation added",
  "info operation-added POST /campaigns: operation added",
  "info operation-added POST /checks: operation added",
  "info operation-added POST /external-transactions: operation added",
  "info operation-added POST /external-transactions/{event_id}/refund: operation added",
  "info operation-added POST /users/{user_id}/accounts: operation added",
];

describe("Pokepay partner API 0.1.15.1 → 0.1.19 (seed 003)", () => {
  it("reports exactly the changes the seed shows", async () => {
    const findings = diffSpecs(await load("0.1.15.1"), await load("0.1.19"));
    const others = (f: Finding) =>
      [...new Set(f.occurrences.slice(1).map((o) => o.operation))].join(", ");
    expect(
      findings.map(
        (f) =>
          `${f.level} ${f.rule} ${f.operation ?? "-"}: ${f.message}${others(f) ? ` (+ ${others(f)})` : ""}`,
      ),
    ).toEqual(EXPECTED);
  });

  it("points every finding at the 0.1.19 spec and knows which change the TypeScript types", async () => {
    const findings = diffSpecs(await load("0.1.15.1"), await load("0.1.19"));
    for (const finding of findings) {
      expect(finding.location?.file).toBe(path.join(fixtures, "pokepay-0.1.19.yaml"));
      expect(finding.location!.line).toBeGreaterThan(0);
    }
    // number → integer changes the contract, not the generated `number`; everything else does change types.
    expect(findings.filter((f) => !f.typesChange).map((f) => f.rule)).toEqual(
      Array(3).fill("request-property-type-changed"),
    );
    expect(suggestBump(findings)).toBe("major");
  });

  it("reports the same changes in reverse as removals and narrowings", async () => {
    const rules = new Set(
      diffSpecs(await load("0.1.19"), await load("0.1.15.1")).map((f) => f.rule),
    );
    expect([...rules].sort()).toEqual([
      "component-schema-changed-unreachable",
      "component-schema-removed",
      "operation-removed",
      "request-property-enum-value-removed",
      "request-property-removed",
      "request-property-type-widened",
      "response-property-removed",
    ]);
  });
});
