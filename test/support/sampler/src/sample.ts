import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import { JSONSchemaFaker } from "json-schema-faker";
import { componentsAsSchema, is30, toJsonSchema, type Json } from "./schema.js";

export interface SampleOptions {
  /**
   * Required properties only (default): the least a caller must send. Otherwise every property and
   * one item per array, the way a documented answer reads.
   */
  requiredOnly?: boolean;
  /** Use a schema's own `examples` and `default` where it has them (default: no). */
  documented?: boolean;
  /**
   * Values the sampler cannot produce (e.g. patterns over non-ASCII ranges), set wherever a property
   * of that name occurs.
   */
  fixups?: Record<string, unknown>;
  seed?: number;
}

/**
 * A value that satisfies a schema of `document`, drawn from the schema itself (json-schema-faker, the
 * generator Prism uses, so `pattern`s hold) with a fixed seed: the same on every run. The value is
 * validated against the schema (ajv, JSON Schema 2020-12; OpenAPI 3.0 `nullable` allows null), so
 * an invalid sample fails here, not inside the mock or peer that receives it.
 */
export function sampleFromSchema(
  document: object,
  schema: unknown,
  { requiredOnly = true, documented = false, fixups = {}, seed = 42 }: SampleOptions = {},
): Json {
  let state = seed;
  JSONSchemaFaker.option({
    alwaysFakeOptionals: !requiredOnly,
    requiredOnly,
    minItems: requiredOnly ? 0 : 1,
    // Options are global to json-schema-faker: every call sets each one it uses (0: no cap).
    maxItems: requiredOnly ? 0 : 1,
    useExamplesValue: documented,
    useDefaultValue: documented,
    failOnInvalidTypes: true,
    failOnInvalidFormat: false,
    random: () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    },
  });
  const components = (document as { components?: unknown }).components;
  const value = applyFixups(
    // A copy: json-schema-faker writes into the schemas it walks, which would change later samples.
    JSONSchemaFaker.generate(
      structuredClone({ ...(schema as object), components }) as never,
    ) as Json,
    fixups,
  );
  const validate = validatorFor(document, schema);
  if (!validate(value))
    throw new Error(`sampled value is invalid: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  return value;
}

const DOCUMENT_ID = "paygen-sampled-spec";

/** One ajv per document, holding its components once; each schema compiled once. */
const validators = new WeakMap<
  object,
  { ajv: Ajv2020; compiled: Map<unknown, ValidateFunction> }
>();

function validatorFor(document: object, schema: unknown): ValidateFunction {
  let entry = validators.get(document);
  if (!entry) {
    const ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      logger: false,
      validateSchema: false,
    });
    (ajvFormats.default as unknown as (instance: Ajv2020) => void)(ajv);
    ajv.addSchema(componentsAsSchema(document, DOCUMENT_ID), DOCUMENT_ID);
    entry = { ajv, compiled: new Map() };
    validators.set(document, entry);
  }
  let validate = entry.compiled.get(schema);
  if (!validate) {
    validate = entry.ajv.compile(toJsonSchema(schema, DOCUMENT_ID, is30(document)) as object);
    entry.compiled.set(schema, validate);
  }
  return validate;
}

function applyFixups(value: Json, fixups: Record<string, unknown>): Json {
  if (Array.isArray(value)) return value.map((item) => applyFixups(item, fixups));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key in fixups ? (fixups[key] as Json) : applyFixups(child, fixups),
    ]),
  );
}
