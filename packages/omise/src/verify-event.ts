// Hand-written: Omise signs no webhook. Its documented check is to fetch the event by id with the
// secret key and trust only what comes back. Exported through index.ts by x-paygen-package.exports.
import { PaygenError, type RequestOptions } from "@paygen/runtime";
import type { Omise } from "./generated/client.js";
import { parseWebhook, type Webhook } from "./generated/webhooks.js";

/** Ids and keys come from whoever posted the webhook: cut them in messages. */
const MAX_QUOTED = 80;

/** The event Omise holds under a webhook's id is not the event the webhook described. */
export class WebhookVerificationError extends PaygenError {
  override name = "WebhookVerificationError";
  constructor(
    message: string,
    /** The event id the webhook body claimed. */
    readonly eventId: string,
  ) {
    super(message);
  }
}

/**
 * Verifies an Omise webhook by re-fetching its event: parses `body` (JSON text, bytes or a parsed
 * value) with `parseWebhook`, fetches `GET /events/{id}` with the client's secret key, and returns
 * the fetched event, typed by its `key`. Nothing from the posted body is returned.
 *
 * Rejects with `WebhookParseError` when the body (or the fetched event) is not a declared event,
 * `NotFoundError` when the account has no such event (forged, or sent to another account), and
 * `WebhookVerificationError` when the fetched event has another id or key than the body claimed.
 */
export async function fetchVerifiedEvent(
  omise: Omise,
  body: unknown,
  options?: RequestOptions,
): Promise<Webhook> {
  const { id, key } = parseWebhook(body).payload;
  const fetched = await omise.events.retrieve(id, options);
  if (fetched.id !== id || fetched.key !== key) {
    throw new WebhookVerificationError(
      `webhook event ${quote(id)} (${quote(key)}) does not match the event Omise holds under that id (${quote(fetched.id)}, ${quote(fetched.key)})`,
      id,
    );
  }
  return parseWebhook(fetched);
}

function quote(value: string): string {
  return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
}
