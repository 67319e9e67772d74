/** A JSON value (package.json and other JSON files); strings are escaped by JSON.stringify itself. */
export function jsonValue(value: unknown): string {
  return JSON.stringify(value ?? null);
}
