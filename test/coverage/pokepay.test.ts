import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { specOperations } from "../support/spec-walk.js";
import { readTsvRows } from "../support/tsv.js";

type Op = {
  summary?: string;
  deprecated?: boolean;
  "x-pokepay-operator-name"?: string;
  requestBody?: {
    content: Record<string, { schema: { properties?: Record<string, Record<string, unknown>> } }>;
  };
};
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const port = parse(readFileSync(path.join(root, "specs/pokepay/partner.yaml"), "utf8")) as {
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, unknown> };
};
/** The published partner.yaml's operations (test/reference/README.md). */
const reference = readTsvRows(path.join(root, "test/reference/pokepay/partner-operations.tsv")).map(
  ([method = "", route = "", operatorName = "", abolished = ""]) => {
    return {
      method,
      route,
      operatorName: operatorName || undefined,
      abolished: abolished === "yes",
    };
  },
);
const opsOf = (doc: typeof port) => specOperations(doc.paths);

describe("the Pokepay port covers partner.yaml (SDK 1.4.19)", () => {
  it("has all 97 operations with the same method, path and operator name", () => {
    expect(reference).toHaveLength(97);
    const missing = reference.filter(
      ({ route, method, operatorName }) =>
        !port.paths[route]?.[method] ||
        port.paths[route]?.[method]?.["x-pokepay-operator-name"] !== operatorName,
    );
    expect(missing.map(({ route, method }) => `${method} ${route}`)).toEqual([]);
    expect(opsOf(port)).toHaveLength(97);
  });

  it("marks the operations the source calls 廃止 (abolished) as deprecated", () => {
    const abolished = reference.filter((row) => row.abolished);
    expect(abolished.map(({ method, route }) => `${method} ${route}`).sort()).toEqual([
      "get /transactions",
      "post /shops",
      "post /transactions",
    ]);
    for (const { route, method } of abolished)
      expect(port.paths[route]![method]!.deprecated, `${method} ${route}`).toBe(true);
  });

  it("leaves no schema with properties but without a type", () => {
    const untyped: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}/${i}`));
      if (value === null || typeof value !== "object") return;
      const record = value as Record<string, unknown>;
      if (
        record["properties"] &&
        typeof record["properties"] === "object" &&
        record["type"] === undefined
      )
        untyped.push(where);
      for (const [k, v] of Object.entries(record)) visit(v, `${where}/${k}`);
    };
    visit(port, "#");
    expect(untyped).toEqual([]);
  });

  it("has what seed 003 adds in 0.1.19", () => {
    const names = new Set(opsOf(port).map(({ op }) => op["x-pokepay-operator-name"]));
    for (const name of [
      "ListTransactionsV2",
      "DeleteAccount",
      "UpdateCustomerAccount",
      "CreateUserAccount",
      "CreateCheck",
      "CreateCampaign",
      "CreateExternalTransaction",
    ]) {
      expect(names.has(name), name).toBe(true);
    }
    const account =
      port.components.schemas["AccountWithUser"] ?? port.components.schemas["Account"];
    expect(JSON.stringify(account)).toContain('"status"');
  });

  it("marks every request_id as the idempotency key", () => {
    const withRequestId = opsOf(port).filter(
      ({ op }) => op.requestBody?.content["application/json"]?.schema.properties?.["request_id"],
    );
    expect(withRequestId.length).toBeGreaterThanOrEqual(16);
    for (const { op } of withRequestId)
      expect(
        op.requestBody!.content["application/json"]!.schema.properties!["request_id"]![
          "x-paygen-idempotency-key"
        ],
      ).toBe(true);
  });
});
