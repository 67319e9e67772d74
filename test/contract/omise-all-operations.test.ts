import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Omise } from "@paygen/omise";
import { callEveryOperation, type SpecDocument } from "../support/call-every-operation.js";
import { startPrism, type MockServer } from "../support/prism.js";
import { ResponseSchemas } from "../support/response-schemas.js";

const specFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../specs/omise/openapi.yaml",
);
const spec = parse(readFileSync(specFile, "utf8")) as SpecDocument;
const SECRET = "skey_test_contract_secret";
const PUBLIC = "pkey_test_contract_public";
const basic = (key: string): string => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

/** Every operation of specs/omise once through @paygen/omise on Prism, with the key the spec says. */
describe("@paygen/omise: every operation on Prism, through the public-key and secret-key paths", () => {
  let prism: MockServer;
  beforeAll(async () => {
    prism = await startPrism(specFile);
  });
  afterAll(() => prism?.stop());

  it(
    "answers each operation with a success, sending the public key only where the spec allows it",
    { timeout: 120_000 },
    async () => {
      const authorization = new Map<string, string | null>();
      let current = "";
      const responses = new ResponseSchemas(specFile).checkingFetch();
      const omise = new Omise({
        baseUrl: prism.url,
        secretKey: SECRET,
        publicKey: PUBLIC,
        fetch: async (request) => {
          authorization.set(current, request.headers.get("authorization"));
          return responses.fetch(request);
        },
      });
      const { called, failures } = await callEveryOperation(spec, omise, (id) => (current = id));
      expect(failures).toEqual([]);
      expect(called).toHaveLength(83);
      expect(responses.problems).toEqual([]);
      expect(responses.checked).toHaveLength(83);
      expect(authorization.get("createToken")).toBe(basic(PUBLIC));
      expect(authorization.get("createSource")).toBe(basic(PUBLIC));
      expect(authorization.get("createCharge")).toBe(basic(SECRET));
      expect(authorization.get("listCustomers")).toBe(basic(SECRET));
    },
  );
});
