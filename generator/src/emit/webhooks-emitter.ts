import type { ProviderIR, WebhookIR } from "../ir/index.js";
import { docText, jsLiteral, tsString } from "./escape/index.js";
import { literalLines } from "./client/format-literal.js";
import { tsHeader } from "./header.js";
import { formatOffThread } from "./types-pool.js";

/**
 * `src/generated/webhooks.ts`: a `Webhook` union of every webhook the spec declares and
 * `parseWebhook(body)`. With `x-paygen-webhook-discriminator` the webhook is chosen by that payload
 * property; without it, by the first declared schema the payload matches.
 */
export function emitWebhooks(ir: ProviderIR): string | undefined {
  if (ir.webhooks.length === 0) return undefined;
  return webhooksText(ir, jsLiteral(catalogue(ir)));
}

/**
 * webhooks.ts formatted: what `formatSource(emitWebhooks(ir), "typescript")` gives. The catalogue,
 * most of the file, is written in prettier's layout when format-literal.ts can; prettier formats the
 * rest with a placeholder in its place.
 */
export async function emitFormattedWebhooks(ir: ProviderIR): Promise<string | undefined> {
  if (ir.webhooks.length === 0) return undefined;
  const statement = "const CATALOGUE: WebhookCatalogue = ";
  const lines = literalLines(catalogue(ir), statement, ";");
  if (!lines) return formatOffThread(webhooksText(ir, jsLiteral(catalogue(ir))), "typescript");
  const formatted = await formatOffThread(webhooksText(ir, PLACEHOLDER), "typescript");
  return formatted.replace(`\n${statement}${PLACEHOLDER};\n`, () => `\n${lines.join("\n")}\n`);
}

const PLACEHOLDER = "paygenCatalogue";

function catalogue(ir: ProviderIR): unknown {
  return {
    discriminator: ir.webhookDiscriminator,
    webhooks: ir.webhooks.map((webhook) => ({
      name: webhook.name,
      values: webhook.discriminatorValues,
      schema: webhook.schema,
    })),
    definitions: ir.webhookDefinitions,
  };
}

function webhooksText(ir: ProviderIR, catalogueLiteral: string): string {
  const toldApart =
    ir.webhookDiscriminator === undefined
      ? "told apart by which declared payload schema it matches"
      : `told apart by its \`${ir.webhookDiscriminator}\` property`;
  return `${tsHeader(ir)}
${ir.webhookToken ? 'import { parseWebhookPayload, verifyWebhookToken as verifyToken, type WebhookCatalogue, type WebhookHeaders } from "@paygen/runtime";' : 'import { parseWebhookPayload, type WebhookCatalogue } from "@paygen/runtime";'}
import type { webhooks } from "./schema.js";

/** ${docComment(`A webhook ${ir.title} sends, ${toldApart}.`, "")} */
export type Webhook =
${ir.webhooks.map(variant).join("\n")};

const CATALOGUE: WebhookCatalogue = ${catalogueLiteral};

/**
 * Parses a webhook request body (raw text, bytes or parsed JSON) into a \`Webhook\`.
 * Throws \`WebhookParseError\` (\`reason\`: \`invalidJson\`, \`notAnObject\`, \`unknownEvent\` or
 * \`malformed\`) for a body that is not one of the declared webhooks.
 */
export function parseWebhook(body: unknown): Webhook {
  return parseWebhookPayload<Webhook>(body, CATALOGUE);
}
${ir.webhookToken ? tokenVerifier(ir.webhookToken) : ""}`;
}

function tokenVerifier(token: { header: string; scheme: string | undefined }): string {
  const shape =
    token.scheme === undefined
      ? `\`${token.header}: <token>\``
      : `\`${token.header}: ${token.scheme} <token>\``;
  const options = jsLiteral(
    token.scheme === undefined ? { header: token.header, scheme: null } : token,
  );
  return `
/**
 * ${docComment(`Whether a webhook request carries the token configured for its webhook (${shape}), compared in constant time. Answer 401 and ignore the body when it does not.`, "")}
 */
export function verifyWebhookToken(headers: WebhookHeaders, expectedToken: string): boolean {
  return verifyToken(headers, expectedToken, ${options});
}
`;
}

function variant(webhook: WebhookIR): string {
  const summary = docComment(webhook.summary ?? webhook.name, "    ");
  const payload = `NonNullable<webhooks[${tsString(webhook.name)}][${tsString(webhook.httpMethod)}]["requestBody"]>["content"][${tsString(webhook.mediaType)}]`;
  return `  | {\n    /** ${summary} */\n    webhook: ${tsString(webhook.name)};\n    payload: ${payload};\n  }`;
}

/** Doc-comment text whose continuation lines carry the ` * ` prefix at the given indent. */
function docComment(text: string, indent: string): string {
  return docText(text).replace(/\n/g, `\n${indent} * `);
}
