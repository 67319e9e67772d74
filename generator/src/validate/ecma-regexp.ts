/**
 * Patterns as JSON Schema means them: with `u` when that compiles, else without (a pattern neither
 * way compiles is invalid: check-structure's isEcmaPattern). In ajv's `code.regExp` shape, so the
 * example screen and ajv agree.
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
