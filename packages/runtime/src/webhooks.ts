import { PaygenError } from "./errors.js";
import { utf8Text } from "./json-body.js";
import { findMismatch, type ShapeSchema } from "./shape.js";
import { quoteUntrusted } from "./untrusted-text.js";

/** Why a webhook body was refused. */
export type WebhookParseFailure = "invalidJson" | "notAnObject" | "unknownEvent" | "malformed";

/** A webhook body is not one of the webhooks the spec declares. Nothing in it was trusted. */
export class WebhookParseError extends PaygenError {
  override name = "WebhookParseError";
  constructor(
    message: string,
    readonly reason: WebhookParseFailure,
    /** The discriminator value the body carried, when it had one. */
    readonly event: string | undefined = undefined,
    /** The declared webhook the body was checked against, when one was chosen. */
    readonly webhook: string | undefined = undefined,
  ) {
    super(message);
  }
}

export interface WebhookDefinition {
  name: string;
  /** Discriminator values that select this webhook. */
  values?: readonly string[];
  schema: ShapeSchema;
}

export interface WebhookCatalogue {
  /** The payload property naming the webhook; without one, each webhook's schema is tried in order. */
  discriminator?: string;
  webhooks: readonly WebhookDefinition[];
  /** `components.schemas` entries the payload schemas refer to. */
  definitions: Record<string, ShapeSchema>;
}

/** Event names longer than this are cut in messages: they come from whoever sent the body. */
const MAX_EVENT_IN_MESSAGE = 80;

/**
 * Parses a webhook body (raw JSON text, bytes or an already-parsed value) into `{ webhook, payload }`.
 * With a discriminator the webhook is chosen by that property's value and the payload is checked
 * against that webhook's schema only; every refusal is a `WebhookParseError`.
 */
export function parseWebhookPayload<Result>(body: unknown, catalogue: WebhookCatalogue): Result {
  const value = decodeBody(body);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WebhookParseError("webhook body is not a JSON object", "notAnObject");
  }
  const record = value as Record<string, unknown>;
  if (catalogue.discriminator === undefined) return matchInOrder<Result>(record, catalogue);

  const event = record[catalogue.discriminator];
  if (typeof event !== "string") {
    throw new WebhookParseError(
      `webhook body has no string \`${catalogue.discriminator}\``,
      "malformed",
    );
  }
  const webhook = catalogue.webhooks.find((candidate) => candidate.values?.includes(event));
  if (webhook === undefined) {
    throw new WebhookParseError(
      `unknown webhook event ${quoteEvent(event)}`,
      "unknownEvent",
      event,
    );
  }
  const mismatch = findMismatch(webhook.schema, record, catalogue.definitions);
  if (mismatch !== undefined) {
    throw new WebhookParseError(
      `webhook ${webhook.name} (${quoteEvent(event)}): ${mismatch}`,
      "malformed",
      event,
      webhook.name,
    );
  }
  return { webhook: webhook.name, payload: record } as Result;
}

function matchInOrder<Result>(
  record: Record<string, unknown>,
  catalogue: WebhookCatalogue,
): Result {
  const reasons: string[] = [];
  for (const webhook of catalogue.webhooks) {
    const mismatch = findMismatch(webhook.schema, record, catalogue.definitions);
    if (mismatch === undefined) return { webhook: webhook.name, payload: record } as Result;
    reasons.push(`${webhook.name}: ${mismatch}`);
  }
  throw new WebhookParseError(
    `webhook body matches no declared webhook (${reasons.join("; ")})`,
    "malformed",
  );
}

function decodeBody(body: unknown): unknown {
  if (typeof body !== "string" && !(body instanceof Uint8Array) && !(body instanceof ArrayBuffer))
    return body;
  const text =
    typeof body === "string"
      ? body
      : utf8Text(body instanceof Uint8Array ? body : new Uint8Array(body));
  try {
    return JSON.parse(text);
  } catch {
    throw new WebhookParseError("webhook body is not valid JSON", "invalidJson");
  }
}

function quoteEvent(event: string): string {
  return quoteUntrusted(event, MAX_EVENT_IN_MESSAGE);
}
