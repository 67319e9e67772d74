/** How a diagnostic names the JSON type it found: `null`, `array`, `integer`, `number`, `string`, … */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
