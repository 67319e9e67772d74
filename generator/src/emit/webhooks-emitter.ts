import type { ProviderIR } from "../ir/index.js";
import { docComment } from "./client/names.js";
import { tsHeader } from "./header.js";

/**
 * `src/generated/webhooks.ts`: a `Webhook` union of every webhook the spec declares and
 * `parseWebhook(body)`, which checks a payload against the declared schemas at run time.
 */
export function emitWebhooks(ir: ProviderIR): string | undefined {
  if (ir.webhooks.length === 0) return undefined;
  const variants = ir.webhooks.map(
    (webhook) =>
      `  | {\n    /** ${docComment([webhook.summary ?? webhook.name])} */\n    webhook: ${JSON.stringify(webhook.name)};\n    payload: NonNullable<webhooks[${JSON.stringify(webhook.name)}][${JSON.stringify(webhook.httpMethod)}]["requestBody"]>["content"][${JSON.stringify(webhook.mediaType)}];\n  }`,
  );
  const definitions = ir.webhooks.map((webhook) => ({
    name: webhook.name,
    schema: webhook.schema,
  }));
  return `${tsHeader(ir)}
import { parseWebhookPayload, type ShapeSchema, type WebhookDefinition } from "@paygen/runtime";
import type { webhooks } from "./schema.js";

/** A webhook ${ir.title} sends, told apart by which declared payload schema it matches. */
export type Webhook =
${variants.join("\n")};

const WEBHOOKS: readonly WebhookDefinition[] = ${JSON.stringify(definitions)};
const DEFINITIONS: Record<string, ShapeSchema> = ${JSON.stringify(ir.webhookDefinitions)};

/**
 * Parses a webhook request body (raw text, bytes or parsed JSON) into a \`Webhook\`.
 * Throws \`WebhookParseError\` naming the mismatch when the body fits no declared webhook.
 */
export function parseWebhook(body: unknown): Webhook {
  return parseWebhookPayload<Webhook>(body, WEBHOOKS, DEFINITIONS);
}
`;
}
