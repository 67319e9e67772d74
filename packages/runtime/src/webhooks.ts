import { PaygenError } from "./errors.js";
import { findMismatch, type ShapeSchema } from "./shape.js";

/** A webhook payload did not match any webhook the spec declares. */
export class WebhookParseError extends PaygenError {
  override name = "WebhookParseError";
}

export interface WebhookDefinition {
  name: string;
  schema: ShapeSchema;
}

/**
 * Parses a webhook body (raw JSON text, bytes or an already-parsed object) into the first declared
 * webhook whose payload schema it matches.
 */
export function parseWebhookPayload<Result>(
  body: unknown,
  webhooks: readonly WebhookDefinition[],
  definitions: Record<string, ShapeSchema>,
): Result {
  let value = body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const text = typeof body === "string" ? body : new TextDecoder().decode(body);
    try {
      value = JSON.parse(text);
    } catch {
      throw new WebhookParseError("webhook body is not valid JSON");
    }
  }
  const reasons: string[] = [];
  for (const webhook of webhooks) {
    const mismatch = findMismatch(webhook.schema, value, definitions);
    if (mismatch === undefined) return { webhook: webhook.name, payload: value } as Result;
    reasons.push(`${webhook.name}: ${mismatch}`);
  }
  throw new WebhookParseError(`webhook body matches no declared webhook (${reasons.join("; ")})`);
}
