import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { specOperations } from "../support/spec-walk.js";
import { readTsvRows } from "../support/tsv.js";

/**
 * specs/gmo-pg against the reference list of GMO-PG's operations (test/reference/gmo-pg/operations.tsv:
 * 21 operations of the published spec v1.3.1 and its 2 webhooks).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const IDEMPOTENCY_KEY = "#/components/parameters/IdempotencyKey";
/** notes.md: every operation takes an Idempotency-Key except these five. */
const WITHOUT_IDEMPOTENCY_KEY = [
  "POST /token",
  "POST /credit/getCardDetails",
  "POST /wallet/getCustomerData",
  "POST /order/inquiry",
  "POST /member/inquiry",
];

interface Operation {
  operationId?: string;
  "x-paygen-resource"?: string;
  "x-paygen-method"?: string;
  parameters?: Array<{ $ref?: string }>;
  requestBody?: {
    content: Record<
      string,
      { schema?: { $ref?: string }; examples?: Record<string, { value: unknown }> }
    >;
  };
}
type PathItem = Record<string, Operation>;
interface Spec {
  paths: Record<string, PathItem>;
  webhooks?: Record<string, PathItem>;
  components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
}

const spec = parse(readFileSync(path.join(root, "specs/gmo-pg/openapi.yaml"), "utf8")) as Spec;
const rows = readTsvRows(path.join(root, "test/reference/gmo-pg/operations.tsv")).map(
  ([method = "", route = "", name = ""]) => ({ method, route, name }),
);

const operations = specOperations(spec.paths);

describe("specs/gmo-pg covers the reference operations.tsv", () => {
  const expected = rows
    .filter((row) => row.route.startsWith("/"))
    .map((row) => `${row.method} ${row.route}`);
  const expectedWebhooks = rows
    .filter((row) => row.method.startsWith("WEBHOOK"))
    .map((row) => row.name);

  it("reads 21 operations and 2 webhooks from the reference", () => {
    expect(expected).toHaveLength(21);
    expect(expectedWebhooks).toHaveLength(2);
  });

  it("has every reference operation (method + path) and no other", () => {
    const actual = new Set(operations.map((o) => o.key));
    expect(
      expected.filter((key) => !actual.has(key)),
      "missing from the spec",
    ).toEqual([]);
    expect(
      [...actual].filter((key) => !expected.includes(key)),
      "not in the reference",
    ).toEqual([]);
  });

  it("has both webhooks under the OpenAPI 3.1 `webhooks` key, each a POST with a JSON body", () => {
    const webhooks = spec.webhooks ?? {};
    expect(
      expectedWebhooks.filter((name) => !webhooks[name]?.["post"]),
      "missing webhooks",
    ).toEqual([]);
    expect(
      Object.keys(webhooks).filter((name) => !expectedWebhooks.includes(name)),
      "not in the reference",
    ).toEqual([]);
    for (const name of expectedWebhooks)
      expect(
        webhooks[name]!["post"]!.requestBody?.content["application/json"]?.schema?.$ref,
        name,
      ).toBeTruthy();
  });

  it("gives the two webhook payloads disjoint `event` enums, so a parser can tell them apart", () => {
    const events = expectedWebhooks.map((name) => {
      const ref =
        spec.webhooks![name]!["post"]!.requestBody!.content["application/json"]!.schema!.$ref!;
      return spec.components.schemas[ref.split("/").pop()!]!.properties?.["event"]?.enum ?? [];
    });
    expect(events.map((list) => list.length > 0)).toEqual([true, true]);
    expect(events[0]!.filter((event) => events[1]!.includes(event))).toEqual([]);
  });

  it("puts Idempotency-Key on exactly the 16 operations that accept it", () => {
    const keyed = operations
      .filter((o) => o.op.parameters?.some((p) => p.$ref === IDEMPOTENCY_KEY))
      .map((o) => o.key);
    expect(keyed).toHaveLength(16);
    expect(
      operations
        .map((o) => o.key)
        .filter((key) => !keyed.includes(key))
        .sort(),
    ).toEqual([...WITHOUT_IDEMPOTENCY_KEY].sort());
  });

  it("names every operation: a unique operationId and a resource + method pair", () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const methods = operations.map(
      (o) => `${o.op["x-paygen-resource"]}.${o.op["x-paygen-method"]}`,
    );
    expect(new Set(methods).size).toBe(methods.length);
  });

  it("carries seed 000's order requests as examples", () => {
    const examples = JSON.stringify(
      ["/order/cancel", "/order/capture", "/order/update", "/order/inquiry"].map(
        (p) => spec.paths[p]!["post"]!.requestBody!.content["application/json"]!.examples,
      ),
    );
    expect(examples).toContain("acdc7d53f7a78f488d8d0997eff99c6f");
    expect(examples).toContain('"amount":"1000"');
  });
});
