import { describe, expect, it } from "vitest";
import { npmNameFromTitle, resourceNameFromTag, withoutResourceWords } from "./naming.js";

describe("npmNameFromTitle", () => {
  it.each([
    ["Stripe API", "out", "stripe-api-client"],
    ["UnivaPay API Client", "out", "univapay-api-client"],
    ["  Café   Payments (v2) ", "out", "cafe-payments-v2-client"],
    ["決済 API", "out", "api-client"],
    ["決済", "my_shop", "my-shop-client"],
    ["…", "…", "api-client"],
    ["x".repeat(300), "out", "x".repeat(214)],
  ])("%j (folder %j) → %j", (title, folder, name) => {
    const result = npmNameFromTitle(title, folder);
    expect(result).toBe(name);
    expect(result).toMatch(/^[a-z0-9][a-z0-9-]{0,213}$/);
  });
});

describe("withoutResourceWords", () => {
  it.each([
    ["reposGetContent", "repos", "getContent"],
    ["listAccount", "account", "list"],
    ["listAccounts", "account", "list"],
    ["getUsersByUserIdCards", "users", "getByUserIdCards"],
    ["listCategories", "category", "list"],
    ["cookiesStandard", "cookie", "standard"],
    ["listBoxes", "box", "list"],
    ["getAccountBalance", "account", "getBalance"],
    ["createChargeRefund", "refunds", "createCharge"],
    ["repos", "repos", "repos"],
    ["getItem", "classItems", "getItem"],
    ["transfer", "payouts", "transfer"],
  ])("%s in %s → %s", (method, resource, want) => {
    expect(withoutResourceWords(method, resource)).toBe(want);
  });
});

describe("resourceNameFromTag", () => {
  it.each([
    ["Api20100401Account", "account"],
    ["repos", "repos"],
    ["Café Orders", "cafeOrders"],
    ["API", "api"],
    ["v2", "v2"],
    ["ユーザー", undefined],
    ["", undefined],
  ])("%j → %j", (tag, want) => {
    expect(resourceNameFromTag(tag)).toBe(want);
  });
});
