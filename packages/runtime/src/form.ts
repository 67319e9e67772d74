/**
 * `application/x-www-form-urlencoded` with nested keys, the way Rack-style servers read them:
 * `metadata[order_id]=42`, `tags[]=a&tags[]=b`, `items[][name]=x`. `undefined` is omitted; `null` is
 * sent as an empty value (`description=`), the only way a form body can ask to clear a field.
 */
export function encodeForm(body: unknown): string {
  const pairs: Array<[string, string]> = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (value === null) {
      pairs.push([key, ""]);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) add(`${key}[]`, item);
    } else if (value instanceof Date) {
      pairs.push([key, value.toISOString()]);
    } else if (typeof value === "object") {
      for (const [child, childValue] of Object.entries(value)) add(`${key}[${child}]`, childValue);
    } else {
      pairs.push([key, String(value)]);
    }
  };
  if (body !== null && typeof body === "object" && !Array.isArray(body)) {
    for (const [key, value] of Object.entries(body)) add(key, value);
  }
  return pairs
    .map(
      ([k, v]) =>
        `${encodeURIComponent(k).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(v)}`,
    )
    .join("&");
}
