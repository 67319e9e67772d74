import { describe, expect, it } from "vitest";
import { resourceNameFromTag, withoutResourceWords } from "./naming.js";

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
