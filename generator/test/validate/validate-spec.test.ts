import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "./diagnostics-of.js";

const INFO = "info: { title: Shop, version: '1' }";
const doc = (...lines: string[]): string => [...lines, INFO].join("\n") + "\n";

describe("validateSpec: versions", () => {
  it("reads OpenAPI 3.0.x and 3.1.x, where only 3.0 requires `paths`", () => {
    expect(diagnosticsOf(doc("openapi: 3.1.0"))).toEqual([]);
    expect(diagnosticsOf(doc("openapi: 3.1.12", "paths: {}"))).toEqual([]);
    expect(diagnosticsOf(doc("openapi: 3.0.3", "paths: {}"))).toEqual([]);
    expect(diagnosticsOf(doc("openapi: 3.0.3"))).toEqual([
      "1:1 error PG122: `paths` is required in OpenAPI 3.0",
    ]);
  });

  it("PG120: any other version, a version that is not a string, or none", () => {
    expect(diagnosticsOf(doc("openapi: 3.2.0", "paths: {}"))).toEqual([
      '1:10 error PG120: unsupported OpenAPI version "3.2.0"',
    ]);
    expect(diagnosticsOf(doc("openapi: 3.1.0-rc", "paths: {}"))).toEqual([
      '1:10 error PG120: unsupported OpenAPI version "3.1.0-rc"',
    ]);
    expect(diagnosticsOf(doc("openapi: v3.1.0", "paths: {}"))).toEqual([
      '1:10 error PG120: unsupported OpenAPI version "v3.1.0"',
    ]);
    expect(diagnosticsOf(doc("openapi: 3.1", "paths: {}"))).toEqual([
      "1:10 error PG120: unsupported OpenAPI version 3.1",
    ]);
    expect(diagnosticsOf(doc("paths: {}"))).toEqual([
      "1:1 error PG120: missing `openapi` version field",
    ]);
  });

  it("PG195: a Swagger document, unless it also claims an OpenAPI version", () => {
    expect(diagnosticsOf(doc("swagger: '2.0'", "paths: {}"))).toEqual([
      "1:10 error PG195: Swagger 2.0 is not supported; convert it to OpenAPI 3 first (e.g. with swagger2openapi)",
    ]);
    expect(diagnosticsOf(doc("swagger: 2", "paths: {}"))).toEqual([
      "1:10 error PG195: Swagger 2 is not supported; convert it to OpenAPI 3 first (e.g. with swagger2openapi)",
    ]);
    expect(diagnosticsOf(doc("swagger: '2.0'", "openapi: 2.0.0"))).toEqual([
      '2:10 error PG120: unsupported OpenAPI version "2.0.0"',
    ]);
  });
});

/** An operation without operationId (PG130) and without a success response (PG132), and a wrong example. */
const LAX = [
  "openapi: 3.1.0",
  INFO,
  "paths:",
  "  /a:",
  "    get:",
  "      responses: { '404': { description: Missing } }",
  "components:",
  "  schemas:",
  "    Money: { type: integer, example: cheap }",
].join("\n");

describe("validateSpec: profiles and example checks", () => {
  it("the house profile reports every error, and skips example checks while there are errors", () => {
    expect(diagnosticsOf(LAX)).toEqual([
      "5:5 error PG130: GET /a has no operationId",
      "6:7 error PG132: GET /a declares no success (2xx/3xx) response",
    ]);
  });

  it("the openapi profile drops or downgrades house rules, then checks examples", () => {
    expect(diagnosticsOf(LAX, { profile: "openapi" })).toEqual([
      "6:7 warning PG132: GET /a declares no success (2xx/3xx) response",
      "9:38 warning PG140: example does not match its schema: the value must be integer",
    ]);
  });

  it("codes held as house keep their severity under the openapi profile", () => {
    expect(diagnosticsOf(LAX, { profile: "openapi", asHouse: new Set(["PG132"]) })).toEqual([
      "6:7 error PG132: GET /a declares no success (2xx/3xx) response",
    ]);
  });

  it("examples: false skips the example check", () => {
    expect(diagnosticsOf(LAX, { profile: "openapi", examples: false })).toEqual([
      "6:7 warning PG132: GET /a declares no success (2xx/3xx) response",
    ]);
  });
});
