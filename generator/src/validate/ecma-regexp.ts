/**
 * Patterns as JSON Schema means them (check-structure's isEcmaPattern): with `u` when that
 * compiles, else without. In ajv's `code.regExp` shape, so the example screen and ajv agree.
 */
export const ecmaRegExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace("u", ""));
    }
  },
  { code: "new RegExp" },
);
