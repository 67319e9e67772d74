import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { documentAjv } from "../support/ajv.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const seedChargeFile = path.join(root, "test/reference/omise/seed-001-charge.json");
const spec = parse(readFileSync(path.join(root, "specs/omise/openapi.yaml"), "utf8")) as {
  components: {
    schemas: Record<
      string,
      { example?: unknown; oneOf?: unknown[]; enum?: string[] } & Record<string, unknown>
    >;
  };
};

/** The example Charge object of seed 001 (test/reference/README.md). */
function seedCharge(): unknown {
  return JSON.parse(readFileSync(seedChargeFile, "utf8"));
}

describe("seed 001's example charge", () => {
  it("is the Charge schema's example, unchanged", () => {
    expect(spec.components.schemas["Charge"]!.example).toEqual(seedCharge());
  });

  it("validates against the Charge schema", () => {
    const ajv = documentAjv(spec, "omise");
    const validate = ajv.getSchema("omise#/components/schemas/Charge")!;
    expect(validate(seedCharge()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(seedCharge() as object), failure_code: "not_a_known_code" })).toBe(false);
  });

  it("types the failure codes the seed documents as an enum", () => {
    expect(spec.components.schemas["ChargeFailureCode"]!.enum).toEqual(
      expect.arrayContaining([
        "failed_fraud_check",
        "insufficient_fund",
        "stolen_or_lost_card",
        "timeout",
        "payment_rejected",
      ]),
    );
  });
});
