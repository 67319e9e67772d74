import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../load/index.js";
import { emitSchemaTypesFrom } from "./types-emitter.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = path.join(root, "generator", "test", "fixtures");
const SPECS = [
  "specs/gmo-pg/openapi.yaml",
  "specs/omise/openapi.yaml",
  "specs/pokepay/partner.yaml",
  "specs/univapay/openapi.yaml",
  ...readdirSync(fixtures).map((name) => `generator/test/fixtures/${name}/openapi.yaml`),
];

/** What paygen's emitter types `format: binary` strings as (a file to upload). */
const BINARY = ts.factory.createUnionTypeNode([
  ts.factory.createTypeReferenceNode("Blob"),
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
]);

/** paygen calls openapi-typescript's transform directly; the text must be what `openapiTS()` gives. */
describe("schema types from the validated document", () => {
  it.each(SPECS)("%s: the same text as openapiTS()", { timeout: 60_000 }, async (spec) => {
    const loaded = await loadSpec(path.join(root, spec));
    const document = loaded.spec!.document;
    const viaPublicApi = astToString(
      await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], {
        silent: true,
        alphabetize: false,
        propertiesRequiredByDefault: false,
        defaultNonNullable: false,
        transform: (schema) =>
          schema.type === "string" && schema.format === "binary" ? BINARY : undefined,
      }),
    );
    const direct = await emitSchemaTypesFrom(structuredClone(document), "// header\n");
    expect(direct).toBe(`// header\n\n${viaPublicApi}`);
    expect(direct).toContain("export interface paths");
  });
});
