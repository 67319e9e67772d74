import { Ajv, type Options } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";

// ajv-formats is CommonJS; under NodeNext its function arrives as the namespace's `default`.
const addFormats = ajvFormats.default as unknown as (ajv: Ajv) => Ajv;

/**
 * An ajv instance with the standard formats: JSON Schema 2020-12 for OpenAPI 3.1 schemas, draft 7
 * for OpenAPI 3.0 ones.
 */
export function newAjv(dialect: "3.0" | "3.1", options: Options): Ajv {
  const ajv = dialect === "3.1" ? new Ajv2020(options) : new Ajv(options);
  return addFormats(ajv);
}
