/** How an operation's header and cookie parameters are written (OpenAPI style `simple` / `form`). */

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(",");
  if (value !== null && typeof value === "object")
    return Object.entries(value)
      .flatMap(([key, item]) => [key, String(item)])
      .join(",");
  return String(value);
}

/** Header parameters as header values; unset ones are left out. */
export function parameterHeaders(
  values: Readonly<Record<string, unknown>> | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {}))
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = text(value);
  return headers;
}

/** Cookie parameters as one `Cookie` header value (`a=1; b=x%20y`), or undefined when none is set. */
export function cookieHeader(
  values: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const pairs = Object.entries(values ?? {})
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => `${name}=${encodeURIComponent(text(value))}`);
  return pairs.length > 0 ? pairs.join("; ") : undefined;
}
