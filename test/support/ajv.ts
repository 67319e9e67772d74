import type { Ajv } from "ajv";
import { newAjv } from "../../generator/src/util/ajv.js";

/**
 * ajv holding a whole OpenAPI 3.1 document under `id`, every error reported: validate against
 * `ajv.getSchema(`${id}#/components/schemas/Charge`)`.
 */
export function documentAjv(document: object, id: string): Ajv {
  const ajv = newAjv("3.1", { strict: false, allErrors: true, logger: false });
  ajv.addSchema(document, id);
  return ajv;
}
