import { randomUUID } from "node:crypto";

/**
 * An operation body with `request_id` filled: the caller's own when given (any value other than
 * undefined, null or ""), a fresh UUID v4 otherwise. `request_id` makes Pokepay's create calls
 * idempotent, so a retried call must carry the same one: fill it once, before the first attempt.
 * Never changes `body`.
 */
export function withRequestId<Body extends Record<string, unknown>>(
  body?: Body,
  newId: () => string = randomUUID,
): Body & { request_id: unknown } {
  const given = body?.["request_id"];
  if (given !== undefined && given !== null && given !== "")
    return { ...body } as Body & { request_id: unknown };
  return { ...body, request_id: newId() } as Body & { request_id: string };
}
