import { createRequire } from "node:module";
import type { Ajv, Options } from "ajv";

// Loaded on first use: a spec whose examples all pass the example screen never needs ajv.
const require = createRequire(import.meta.url);

/**
 * An ajv instance with the standard formats: JSON Schema 2020-12 for OpenAPI 3.1 schemas, draft 7
 * for OpenAPI 3.0 ones.
 */
export function newAjv(dialect: "3.0" | "3.1", options: Options): Ajv {
  const ajv =
    dialect === "3.1"
      ? new (require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js")).Ajv2020(options)
      : new (require("ajv") as typeof import("ajv")).Ajv(options);
  // ajv-formats is CommonJS: its plugin function is the module itself.
  const addFormats = require("ajv-formats") as (ajv: Ajv) => Ajv;
  return addFormats(ajv);
}
