import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { documentAjv } from "../support/ajv.js";
import { operationKey, specOperations } from "../support/spec-walk.js";
import { readTsvRows } from "../support/tsv.js";

/**
 * specs/univapay against the reference lists of UnivaPay's operations
 * (test/reference/univapay/: the 74 operations of the APIMatic-generated SDK and the union of
 * three official SDKs in operations.tsv) and seed 002 (POST /charges).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const reference = path.join(root, "test/reference/univapay");

interface Media {
  schema?: { $ref?: string };
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  "x-paygen-resource"?: string;
  "x-paygen-method"?: string;
  "x-paygen-pagination"?: Record<string, string>;
  servers?: Array<{ url: string; "x-paygen-environment"?: string }>;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ $ref?: string; name?: string }>;
  requestBody?: { content: Record<string, Media> };
  responses: Record<
    string,
    { $ref?: string; headers?: Record<string, { $ref?: string }>; content?: Record<string, Media> }
  >;
}
interface Spec {
  servers: Array<{ url: string; "x-paygen-environment"?: string }>;
  security: Array<Record<string, string[]>>;
  "x-paygen-error": { schema: { $ref: string }; code: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes: Record<
      string,
      { type: string; scheme?: string; "x-paygen-credentials"?: unknown }
    >;
    parameters: Record<string, { name: string; in: string; "x-paygen-idempotency-key"?: boolean }>;
    schemas: Record<string, { properties?: Record<string, { $ref?: string; enum?: string[] }> }>;
  };
}

const spec = parse(readFileSync(path.join(root, "specs/univapay/openapi.yaml"), "utf8")) as Spec;
const key = operationKey;
const operations = specOperations(spec.paths);
const specKeys = new Set(operations.map((o) => o.key));

const apimatic = JSON.parse(
  readFileSync(path.join(reference, "apimatic-operations.json"), "utf8"),
) as Array<{
  method: string;
  path: string;
  name: string;
  server: string;
  headers: string[];
}>;

const tsvRows = readTsvRows;
const sdkRows = tsvRows(path.join(reference, "operations.tsv")).map(
  ([method = "", route = "", name = "", summary = ""]) => {
    const sdks = /SDKs: ([^\]]+)\]/.exec(summary)?.[1]?.split(",") ?? [];
    return { method, route, name, sdks, key: key(method, route) };
  },
);
const exclusions = tsvRows(path.join(root, "test/coverage/univapay.exclusions.tsv")).map(
  ([method = "", route = "", reason = ""]) => ({
    method,
    route,
    reason,
    key: key(method, route),
  }),
);
const excluded = new Set(exclusions.map((e) => e.key));

describe("UnivaPay coverage", () => {
  it("has all 74 operations of the APIMatic-generated SDK", () => {
    expect(apimatic).toHaveLength(74);
    const missing = apimatic
      .filter((o) => !specKeys.has(key(o.method, o.path)))
      .map((o) => `${o.method} ${o.path} (${o.name})`);
    expect(missing).toEqual([]);
  });

  it("covers every operations.tsv row that two or more SDKs agree on", () => {
    expect(sdkRows).toHaveLength(136);
    const agreed = sdkRows.filter((row) => row.sdks.length >= 2);
    expect(agreed.length).toBeGreaterThan(0);
    const missing = agreed
      .filter((row) => !specKeys.has(row.key) && !excluded.has(row.key))
      .map((row) => `${row.key} (${row.name})`);
    expect(missing).toEqual([]);
  });

  it("covers or excludes every operations.tsv row", () => {
    const missing = sdkRows
      .filter((row) => !specKeys.has(row.key) && !excluded.has(row.key))
      .map((row) => `${row.key} [${row.sdks.join(",")}]`);
    expect(missing).toEqual([]);
  });

  it("excludes only real operations.tsv rows that are absent from the spec, each with a reason", () => {
    const known = new Set(sdkRows.map((row) => row.key));
    for (const e of exclusions) {
      expect(known.has(e.key), `${e.key} is not an operations.tsv row`).toBe(true);
      expect(specKeys.has(e.key), `${e.key} is excluded but also in the spec`).toBe(false);
      expect(e.reason.length, `${e.key} has no reason`).toBeGreaterThan(20);
    }
    expect(new Set(exclusions.map((e) => e.key)).size).toBe(exclusions.length);
  });
});

describe("UnivaPay spec conventions", () => {
  it("names every operation (unique camelCase operationId, resource, method, summary)", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key: k, op } of operations) {
      expect(op.operationId, k).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op["x-paygen-resource"], k).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/);
      expect(op["x-paygen-method"], k).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op.summary, k).toBeTruthy();
    }
    const clientMethods = operations.map(
      (o) => `${o.op["x-paygen-resource"]}.${o.op["x-paygen-method"]}`,
    );
    expect(new Set(clientMethods).size).toBe(clientMethods.length);
  });

  it("offers production and GyroN environments, and puts direct debit on its own host", () => {
    expect(spec.servers.map((s) => [s.url, s["x-paygen-environment"]])).toEqual([
      ["https://api.univapay.com", "production"],
      ["https://api.gyro-n.money", "gyron"],
    ]);
    const directDebit = new Set(
      apimatic.filter((o) => o.server === "DIRECTDEBIT").map((o) => key(o.method, o.path)),
    );
    expect(directDebit.size).toBe(14);
    for (const { key: k, op } of operations) {
      if (directDebit.has(k)) {
        expect(
          op.servers?.map((s) => [s.url, s["x-paygen-environment"]]),
          k,
        ).toEqual([
          ["https://direct-debit.gopay-services.com", "production"],
          ["https://staging-direct-debit.gopay-services.com", "gyron"],
        ]);
      } else {
        expect(op.servers, k).toBeUndefined();
      }
    }
  });

  it("authenticates with {secret}.{jwt} or {jwt} bearer tokens, the secret being required to create charges", () => {
    expect(spec.security).toEqual([{ serverToken: [] }, { browserToken: [] }]);
    const { serverToken, browserToken } = spec.components.securitySchemes;
    expect(serverToken).toMatchObject({
      type: "http",
      scheme: "bearer",
      "x-paygen-credentials": { token: ["appSecret", "appJwt"], separator: "." },
    });
    expect(browserToken).toMatchObject({
      type: "http",
      scheme: "bearer",
      "x-paygen-credentials": { token: ["appJwt"] },
    });
    expect(spec.paths["/charges"]?.["post"]?.security).toEqual([{ serverToken: [] }]);
  });

  it("takes an Idempotency-Key on every POST and PATCH that accepts one and reports Idempotency-Status", () => {
    const parameter = spec.components.parameters["IdempotencyKey"];
    expect(parameter).toMatchObject({
      name: "Idempotency-Key",
      in: "header",
      "x-paygen-idempotency-key": true,
    });
    const apimaticIdempotent = new Set(
      apimatic
        .filter((o) => o.headers.includes("Idempotency-Key"))
        .map((o) => key(o.method, o.path)),
    );
    expect(apimaticIdempotent.size).toBe(28);
    for (const { method, key: k, op } of operations) {
      const takesKey = (op.parameters ?? []).some(
        (p) => p.$ref === "#/components/parameters/IdempotencyKey",
      );
      // notes.md: every POST/PATCH except POST /stores/{storeId}/create_customer_id; never GET/DELETE.
      const expected =
        (method === "post" || method === "patch") && k !== "POST /stores/{}/create_customer_id";
      expect(takesKey, k).toBe(expected);
      if (apimaticIdempotent.has(k)) expect(takesKey, k).toBe(true);
      if (!takesKey) continue;
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith("2"))
          expect(response.headers?.["Idempotency-Status"]?.$ref, `${k} ${status}`).toBe(
            "#/components/headers/IdempotencyStatus",
          );
      }
    }
  });

  it("paginates list operations by cursor", () => {
    const cursorParameters = new Set([
      "#/components/parameters/Cursor",
      "#/components/parameters/DirectDebitCursor",
    ]);
    const lists = operations.filter(({ op }) =>
      (op.parameters ?? []).some((p) => p.$ref !== undefined && cursorParameters.has(p.$ref)),
    );
    expect(lists.length).toBeGreaterThanOrEqual(20);
    for (const { key: k, op } of lists) {
      if (k.endsWith("/transaction_history")) {
        // The history list names its next page itself (next_cursor), unlike the other lists.
        expect(op["x-paygen-pagination"], k).toEqual({
          style: "nextCursor",
          items: "items",
          cursor: "cursor",
          nextCursor: "next_cursor",
        });
        continue;
      }
      expect(op["x-paygen-pagination"], k).toMatchObject({
        style: "cursor",
        items: "items",
        hasMore: "has_more",
        cursor: "cursor",
      });
      const params = (op.parameters ?? []).map((p) => p.$ref);
      expect(params, k).toContain("#/components/parameters/Limit");
      expect(params, k).toContain("#/components/parameters/CursorDirection");
    }
  });

  it("describes errors as {status, code, errors} with the known codes", () => {
    expect(spec["x-paygen-error"]).toEqual({
      schema: { $ref: "#/components/schemas/ErrorResponse" },
      code: "code",
    });
    const codes = tsvRows(path.join(reference, "error-codes.tsv")).map(([, code = ""]) => code);
    expect(codes).toHaveLength(78);
    const enumValues = (spec.components.schemas["ErrorCode"] as { enum?: string[] }).enum ?? [];
    expect([...enumValues].sort()).toEqual([...codes].sort());
  });
});

describe("seed 002: POST /charges", () => {
  const requestJson = readFileSync(path.join(reference, "seed-002-request.json"), "utf8");
  const responseJson = readFileSync(path.join(reference, "seed-002-response.txt"), "utf8").trim();
  // The seed's response lacks the comma between the `redirect` object and `created_on`.
  const correctedResponse = responseJson.replace(/\}(\s*\n\s*")/g, "},$1");

  const ajv = documentAjv(spec, "univapay");
  const validator = (ref: string) => {
    const validate = ajv.getSchema(`univapay${ref}`);
    if (!validate) throw new Error(`no schema at ${ref}`);
    return (value: unknown) =>
      validate(value)
        ? []
        : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
  };
  const operation = spec.paths["/charges"]?.["post"];
  const requestMedia = operation?.requestBody?.content["application/json"];
  const responseMedia = operation?.responses["201"]?.content?.["application/json"];

  it("parses the seed (the response only after adding the missing comma)", () => {
    expect(requestJson).toBeDefined();
    expect(() => JSON.parse(responseJson)).toThrow();
    expect(() => JSON.parse(correctedResponse)).not.toThrow();
  });

  it("validates the seed request against the request schema", () => {
    expect(requestMedia?.schema?.$ref).toBe("#/components/schemas/ChargeCreateRequest");
    expect(
      validator("#/components/schemas/ChargeCreateRequest")(JSON.parse(requestJson ?? "null")),
    ).toEqual([]);
  });

  it("validates the corrected seed response against the 201 schema", () => {
    expect(responseMedia?.schema?.$ref).toBe("#/components/schemas/Charge");
    expect(validator("#/components/schemas/Charge")(JSON.parse(correctedResponse))).toEqual([]);
  });

  it("carries the seed request and the corrected response as the operation's examples", () => {
    expect(requestMedia?.examples?.["seed002"]?.value).toEqual(JSON.parse(requestJson ?? "null"));
    expect(responseMedia?.examples?.["seed002"]?.value).toEqual(JSON.parse(correctedResponse));
  });

  it("declares every field the seed documents", () => {
    const request = spec.components.schemas["ChargeCreateRequest"] as {
      required?: string[];
      properties?: Record<string, { format?: string; properties?: Record<string, unknown> }>;
    };
    expect(request.required).toEqual(["transaction_token_id", "amount", "currency"]);
    expect(request.properties?.["transaction_token_id"]?.format).toBe("uuid");
    for (const field of [
      "only_direct_currency",
      "capture",
      "capture_at",
      "merchant_transaction_id",
      "metadata",
      "redirect",
    ]) {
      expect(request.properties, field).toHaveProperty(field);
    }
    expect(request.properties?.["redirect"]?.properties).toHaveProperty("endpoint");
    const rejects = validator("#/components/schemas/ChargeCreateRequest");
    expect(rejects({ amount: 1000, currency: "JPY" })).not.toEqual([]);
    expect(
      rejects({ transaction_token_id: "not-a-uuid", amount: 1000, currency: "JPY" }),
    ).not.toEqual([]);
  });
});
