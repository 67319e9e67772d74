import { describe, expect, it } from "vitest";
import { npmNameFromTitle } from "./naming.js";

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
