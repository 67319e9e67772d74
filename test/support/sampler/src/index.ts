// A workspace package, not a file under test/, so the Pokepay test peer (inside packages/pokepay)
// can use it without importing across the package boundary; it is never published.
export { sampleFromSchema, type SampleOptions } from "./sample.js";
export {
  componentsAsSchema,
  deref,
  is30,
  isObject,
  resolvePointer,
  toJsonSchema,
  type Json,
  type JsonObject,
} from "./schema.js";
