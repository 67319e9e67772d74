import type { Ajv } from "ajv";
import { JSONSchemaFaker } from "json-schema-faker";
import { documentAjv } from "./ajv.js";

/**
 * A request body that satisfies a schema of the spec, sampled from the schema itself (json-schema-faker,
 * the generator Prism uses) with a fixed seed, so contract tests can call operations whose bodies are
 * too large to write by hand. Required properties only; the same on every run. `fixups` set values the
 * sampler cannot produce (e.g. patterns over non-ASCII ranges) wherever a property of that name occurs.
 * The result is validated against the schema: an invalid sample fails here, not inside the mock.
 */
export function sampleBody(
  document: { components?: unknown },
  schema: unknown,
  fixups: Record<string, unknown> = {},
  seed = 42,
): unknown {
  let state = seed;
  JSONSchemaFaker.option({
    alwaysFakeOptionals: false,
    requiredOnly: true,
    useExamplesValue: false,
    failOnInvalidTypes: true,
    failOnInvalidFormat: false,
    random: () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    },
  });
  const body = applyFixups(
    JSONSchemaFaker.generate({ ...(schema as object), components: document.components } as never),
    fixups,
  );
  const validate = validatorFor(document).compile(retarget(schema) as object);
  if (!validate(body))
    throw new Error(`sampled body is invalid: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  return body;
}

/** One ajv per document, holding the document once; fragments point into it. */
const validators = new WeakMap<object, Ajv>();
function validatorFor(document: object): Ajv {
  let ajv = validators.get(document);
  if (!ajv) {
    ajv = documentAjv(document, "sampled-spec");
    validators.set(document, ajv);
  }
  return ajv;
}

function retarget(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(retarget);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === "$ref" && typeof v === "string" && v.startsWith("#/")
        ? `sampled-spec${v}`
        : retarget(v),
    ]),
  );
}

function applyFixups(value: unknown, fixups: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => applyFixups(item, fixups));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key in fixups ? fixups[key] : applyFixups(child, fixups),
    ]),
  );
}
