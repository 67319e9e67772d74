import { ConfigurationError } from "./errors.js";

/** Segments a URL parser collapses (RFC 3986 §5.2.4) or that leave the segment empty. */
const COLLAPSING = new Set(["", ".", ".."]);
/** Enough rounds to see through double and triple encoding (`%252e` → `%2e` → `.`). */
const DECODE_ROUNDS = 3;

/** Every text a value may turn into when it, or a proxy in between, percent-decodes it again. */
function decodings(value: string): string[] {
  const forms = [value];
  let current = value;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      break;
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

/**
 * Refuses path parameters that would address another resource: missing, empty, `.`, `..`, or
 * values that decode to them (`%2e%2E`). `DELETE /customers/cus_1/cards/..` would otherwise be
 * sent as `DELETE /customers/cus_1` — the customer, not the card.
 */
export function checkPathParameters(
  operationId: string,
  template: string,
  values: Readonly<Record<string, unknown>>,
): void {
  if (!template.includes("{")) return;
  for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
    const value = values[name!];
    if (value === undefined || value === null)
      throw new ConfigurationError(`${operationId}: path parameter "${name}" is missing`);
    // An array or object is written item by item (`a,b`, `.a.b`): each item is a segment on its own.
    const items = typeof value === "object" ? Object.values(value as object) : [value];
    const text = items.length === 0 ? "" : items.map(String).join(",");
    const segments = items.length === 0 ? [""] : items.map(String);
    if (segments.some((segment) => decodings(segment).some((form) => COLLAPSING.has(form)))) {
      throw new ConfigurationError(
        `${operationId}: path parameter "${name}" is ${JSON.stringify(text.slice(0, 20))}, which would address another resource`,
      );
    }
  }
}

/** Whether a URL's path (as written, before any parser normalises it) holds a `.` or `..` segment, encoded or not. */
export function hasDotSegment(url: string): boolean {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "").split(/[?#]/, 1)[0] ?? "";
  return path
    .split("/")
    .some((segment) => decodings(segment).some((form) => form === "." || form === ".."));
}
