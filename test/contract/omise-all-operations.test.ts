import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Omise } from "@paygen/omise";
import { startPrism, type MockServer } from "../support/prism.js";
import { sampleBody } from "../support/sample-body.js";

type Op = { operationId: string; "x-paygen-resource": string; "x-paygen-method": string; security?: Array<Record<string, unknown>>; parameters?: Array<{ $ref?: string; name?: string; in?: string; schema?: unknown }>; requestBody?: { content: Record<string, { schema: unknown }> } };
const specFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../specs/omise/openapi.yaml");
const spec = parse(readFileSync(specFile, "utf8")) as { paths: Record<string, Record<string, Op> & { parameters?: Op["parameters"] }>; components: { parameters: Record<string, { name: string; in: string; schema: unknown }> } };
const SECRET = "skey_test_contract_secret";
const PUBLIC = "pkey_test_contract_public";
const basic = (key: string): string => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

/** Every operation of specs/omise once through @paygen/omise on Prism, with the key the spec says. */
describe("@paygen/omise: every operation on Prism, through the public-key and secret-key paths", () => {
  let prism: MockServer;
  const sent: Array<{ operation: string; authorization: string | null }> = [];
  let current = "";
  beforeAll(async () => {
    prism = await startPrism(specFile);
  });
  afterAll(() => prism?.stop());

  it("answers each operation with a success, sending the public key only where the spec allows it", { timeout: 120_000 }, async () => {
    const omise = new Omise({
      baseUrl: prism.url,
      secretKey: SECRET,
      publicKey: PUBLIC,
      fetch: async (request) => {
        sent.push({ operation: current, authorization: request.headers.get("authorization") });
        return fetch(request);
      },
    });
    const failures: string[] = [];
    let calls = 0;
    for (const [route, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === "parameters" || typeof op !== "object" || !("operationId" in op)) continue;
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => (p.$ref ? spec.components.parameters[p.$ref.split("/").pop()!]! : p));
        const pathArgs = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => {
          const param = params.find((p) => p.in === "path" && p.name === m[1]);
          return String(sampleBody(spec as never, param?.schema ?? { type: "string" }));
        });
        const media = op.requestBody ? Object.values(op.requestBody.content)[0] : undefined;
        let body = media ? (sampleBody(spec as never, media.schema) as Record<string, unknown>) : undefined;
        // An update whose fields are all optional still needs something to update.
        const properties = (media?.schema as { properties?: Record<string, unknown>; $ref?: string } | undefined)?.$ref
          ? (spec as unknown as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }).components.schemas[(media!.schema as { $ref: string }).$ref.split("/").pop()!]?.properties
          : (media?.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
        if (body && Object.keys(body).length === 0 && properties) {
          const [name, schema] = Object.entries(properties).find(([, s]) => JSON.stringify(s).includes('"type":"string"')) ?? Object.entries(properties)[0]!;
          body = { [name]: sampleBody(spec as never, schema) };
        }
        const requiredQuery = params.filter((p) => p.in === "query" && (p as { required?: boolean }).required);
        const query = requiredQuery.length > 0 ? Object.fromEntries(requiredQuery.map((p) => [p.name!, sampleBody(spec as never, p.schema)])) : undefined;
        const resource = op["x-paygen-resource"].split(".").reduce<unknown>((node, name) => (node as Record<string, unknown>)[name], omise) as Record<string, (...args: unknown[]) => PromiseLike<unknown>>;
        current = op.operationId;
        calls++;
        try {
          await resource[op["x-paygen-method"]]!.call(resource, ...pathArgs, ...(media ? [body] : query ? [query] : []));
        } catch (error) {
          failures.push(`${op.operationId}: ${String(error).slice(0, 160)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBe(83);
    const byOperation = new Map(sent.map((s) => [s.operation, s.authorization]));
    expect(byOperation.get("createToken")).toBe(basic(PUBLIC));
    expect(byOperation.get("createSource")).toBe(basic(PUBLIC));
    expect(byOperation.get("createCharge")).toBe(basic(SECRET));
    expect(byOperation.get("listCustomers")).toBe(basic(SECRET));
  });
});
