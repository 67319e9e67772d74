import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { Ajv } from "ajv";
import { documentAjv } from "../support/ajv.js";
import { operationKey, specOperations } from "../support/spec-walk.js";
import { readTsv } from "../support/tsv.js";

/**
 * specs/omise against the reference list of Omise's operations (test/reference/omise/operations.tsv: the union of
 * the endpoints implemented by the five official server SDKs). Every row is either in the spec or excluded with a
 * written reason in omise.exclusions.tsv, never both; and seed 001's example charge validates against the Charge schema.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const specFile = path.join(root, "specs/omise/openapi.yaml");
const referenceFile = path.join(root, "test/reference/omise/operations.tsv");
const exclusionsFile = path.join(root, "test/coverage/omise.exclusions.tsv");
const seedChargeFile = path.join(root, "test/reference/omise/seed-001-charge.json");

type Schema = Record<string, unknown> & {
  $ref?: string;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
};
interface Operation {
  operationId?: string;
  summary?: string;
  "x-paygen-resource"?: string;
  "x-paygen-method"?: string;
  "x-paygen-pagination"?: Record<string, string>;
  parameters?: Array<{ $ref?: string }>;
  security?: Array<Record<string, string[]>>;
  servers?: Array<{ url: string; "x-paygen-environment"?: string }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses?: Record<string, { $ref?: string }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, unknown> };
}

const spec = parse(readFileSync(specFile, "utf8")) as Spec;

const key = operationKey;
const operations = specOperations(spec.paths);
const specKeys = new Set(operations.map((o) => o.key));

type Row = Record<string, string> & { key: string };
const withKey = (row: Record<string, string>): Row => ({
  ...row,
  key: key(row["method"] ?? "", row["path"] ?? ""),
});
const reference: Row[] = readTsv(referenceFile).map(withKey);
const exclusions: Row[] = readTsv(exclusionsFile).map(withKey);
const excludedKeys = new Set(exclusions.map((row) => row.key));

/** The example Charge object of seed 001. */
function seedCharge(): Record<string, unknown> {
  return JSON.parse(readFileSync(seedChargeFile, "utf8")) as Record<string, unknown>;
}

/** Follows `#/components/schemas/…` references. */
function deref(schema: Schema): Schema {
  let current = schema;
  while (current.$ref) {
    const name = current.$ref.replace("#/components/schemas/", "");
    const target = spec.components.schemas[name];
    if (!target) throw new Error(`unresolved ${current.$ref}`);
    current = target;
  }
  return current;
}

/** The enum values a schema allows: its own `enum`, or those of its oneOf/anyOf branches (a nullable enum). */
function enumOf(schema: Schema): unknown[] {
  const resolved = deref(schema);
  if (resolved.enum) return resolved.enum;
  return [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])].flatMap((branch) => enumOf(branch));
}

function newAjv(): Ajv {
  return documentAjv(spec, "omise");
}

describe("specs/omise covers the reference operations.tsv", () => {
  it("reads the 85 reference operations and a reasoned exclusion list", () => {
    expect(reference).toHaveLength(85);
    expect(new Set(reference.map((row) => row.key)).size).toBe(reference.length);
    for (const row of exclusions) {
      expect(row["reason"]?.length ?? 0, `${row.key} needs a written reason`).toBeGreaterThan(20);
      expect(
        reference.some((ref) => ref.key === row.key),
        `${row.key} is excluded but not in the reference`,
      ).toBe(true);
    }
  });

  it("has every reference operation (method + path) that is not excluded", () => {
    const missing = reference
      .filter((row) => !specKeys.has(row.key) && !excludedKeys.has(row.key))
      .map((row) => row.key);
    expect(missing, "neither in the spec nor in omise.exclusions.tsv").toEqual([]);
  });

  it("never both implements and excludes an operation", () => {
    expect(exclusions.filter((row) => specKeys.has(row.key)).map((row) => row.key)).toEqual([]);
  });

  it("has no operation outside the reference", () => {
    const referenceKeys = new Set(reference.map((row) => row.key));
    expect(operations.filter((o) => !referenceKeys.has(o.key)).map((o) => o.key)).toEqual([]);
  });

  it("includes the single-SDK operations the docs show are real", () => {
    for (const wanted of [
      "POST /charges/{}/mark_as_paid",
      "POST /charges/{}/mark_as_failed",
      "PATCH /disputes/{}/close",
      "PATCH /recipients/{}/verify",
      "POST /transfers/{}/mark_as_sent",
      "POST /transfers/{}/mark_as_paid",
    ]) {
      expect(specKeys.has(wanted), wanted).toBe(true);
    }
  });
});

describe("specs/omise follows the paygen conventions", () => {
  it("names every operation: unique camelCase operationId, resource, method and summary", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key: k, op } of operations) {
      expect(op.operationId, k).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op["x-paygen-resource"], k).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/);
      expect(op["x-paygen-method"], k).toMatch(/^[a-z][A-Za-z]*$/);
      expect(op.summary, k).toBeTruthy();
    }
    const methods = operations.map(
      (o) => `${o.op["x-paygen-resource"]}.${o.op["x-paygen-method"]}`,
    );
    expect(new Set(methods).size, "resource + method pairs must be unique").toBe(methods.length);
  });

  it("pages every list with offset pagination and the shared list parameters", () => {
    const lists = operations.filter(
      (o) => o.method === "get" && o.op.responses?.["200"]?.$ref?.endsWith("List"),
    );
    expect(lists).toHaveLength(25);
    for (const { key: k, op } of lists) {
      expect(op["x-paygen-pagination"], k).toEqual({
        style: "offset",
        items: "data",
        total: "total",
        offset: "offset",
        limit: "limit",
      });
      expect(
        op.parameters?.map((p) => p.$ref?.split("/").pop()),
        k,
      ).toEqual(["From", "To", "Offset", "Limit", "Order"]);
    }
    expect(deref({ $ref: "#/components/schemas/ListOrder" }).enum).toEqual([
      "chronological",
      "reverse_chronological",
    ]);
  });

  it("pages search by page number up to total_pages, the fields its result carries", () => {
    const search = operations.find((o) => o.method === "get" && o.route === "/search")!;
    expect(search.op["x-paygen-pagination"]).toEqual({
      style: "pages",
      items: "data",
      page: "page",
      totalPages: "total_pages",
    });
    const result = deref({ $ref: "#/components/schemas/SearchResult" });
    expect(Object.keys(result.properties ?? {})).toEqual(
      expect.arrayContaining(["data", "page", "total_pages"]),
    );
  });

  it("accepts every request body as a form with nested keys and as JSON, with the same schema", () => {
    for (const { key: k, op } of operations) {
      const content = op.requestBody?.content;
      if (!content || content["multipart/form-data"]) continue;
      expect(Object.keys(content).sort(), k).toEqual([
        "application/json",
        "application/x-www-form-urlencoded",
      ]);
      expect(content["application/json"]!.schema, k).toEqual(
        content["application/x-www-form-urlencoded"]!.schema,
      );
    }
  });

  it("sends tokens to the vault host with the public key, and sources with the public key", () => {
    for (const k of ["POST /tokens", "GET /tokens/{}"]) {
      const op = operations.find((o) => o.key === k)!.op;
      expect(op.servers, k).toEqual([
        expect.objectContaining({
          url: "https://vault.omise.co",
          "x-paygen-environment": "production",
        }),
      ]);
      expect(op.security, k).toEqual([{ publicKey: [] }]);
    }
    expect(operations.find((o) => o.key === "POST /sources")!.op.security).toEqual([
      { publicKey: [] },
    ]);
  });
});

describe("seed 001's example charge", () => {
  it("is the Charge schema's example, unchanged", () => {
    expect(spec.components.schemas["Charge"]!["example"]).toEqual(seedCharge());
  });

  it("validates against the Charge schema", () => {
    const validate = newAjv().getSchema("omise#/components/schemas/Charge")!;
    expect(validate(seedCharge()), JSON.stringify(validate.errors)).toBe(true);
    expect(
      validate({ ...seedCharge(), failure_code: "not_a_known_code" }),
      "an unknown failure code must be rejected",
    ).toBe(false);
    expect(validate({ ...seedCharge(), amount: "12345" }), "amount is an integer").toBe(false);
  });

  it("types Charge.failure_code as an enum holding the documented codes", () => {
    const failureCode = spec.components.schemas["Charge"]!.properties!["failure_code"]!;
    expect(enumOf(failureCode)).toEqual(
      expect.arrayContaining([
        "confirmed_amount_mismatch",
        "failed_fraud_check",
        "failed_processing",
        "insufficient_balance",
        "insufficient_fund",
        "invalid_account_number",
        "invalid_account",
        "payment_cancelled",
        "payment_rejected",
        "stolen_or_lost_card",
        "timeout",
      ]),
    );
  });

  it("types Error.code as an enum including the documented codes", () => {
    const code = spec.components.schemas["Error"]!.properties!["code"]!;
    expect(enumOf(code)).toEqual(
      expect.arrayContaining([
        "authentication_failure",
        "not_found",
        "used_token",
        "invalid_card",
        "bad_request",
      ]),
    );
  });
});
