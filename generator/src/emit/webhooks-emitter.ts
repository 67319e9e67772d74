import type { ProviderIR, WebhookIR } from "../ir/index.js";
import { docText, jsLiteral } from "./escape/index.js";
import { literalLines } from "./client/format-literal.js";
import { tsHeader } from "./header.js";
import { oneLineDoc, variantParts, webhookUnionLines } from "./webhooks-layout.js";
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
 * webhooks.ts formatted: what `formatSource(emitWebhooks(ir), "typescript")` gives. Written in
 * prettier's layout when every part has one (webhooks-layout.ts, format-literal.ts); otherwise the
 * catalogue, most of the file, is still laid out here and prettier formats the rest around a
 * placeholder.
 */
export async function emitFormattedWebhooks(ir: ProviderIR): Promise<string | undefined> {
  if (ir.webhooks.length === 0) return undefined;
  const data = catalogue(ir);
  const lines = literalLines(data, CATALOGUE_STATEMENT, ";");
  if (!lines) return formatOffThread(webhooksText(ir, jsLiteral(data)), "typescript");
  const printed = printedWebhooks(ir, lines);
  if (printed) return printed;
  const formatted = await formatOffThread(webhooksText(ir, PLACEHOLDER), "typescript");
  return formatted.replace(
    `\n${CATALOGUE_STATEMENT}${PLACEHOLDER};\n`,
    () => `\n${lines.join("\n")}\n`,
  );
}

/** The whole file in prettier's layout, or undefined when a part has none here. */
function printedWebhooks(ir: ProviderIR, catalogueLines: readonly string[]): string | undefined {
  const union = webhookUnionLines(ir.webhooks.map(variantParts));
  const summary = oneLineDoc(docText(summaryText(ir)));
  const token = ir.webhookToken;
  const verifier = token ? tokenVerifierLines(token) : [];
  if (!union || summary === undefined || !verifier) return undefined;
  return fileText(ir, {
    summary,
    union: union.join("\n"),
    catalogue: catalogueLines.join("\n"),
    verifier: token ? verifier.join("\n") : undefined,
  });
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

/** The file as paygen writes it before formatting, with `catalogueLiteral` for the catalogue's value. */
function webhooksText(ir: ProviderIR, catalogueLiteral: string): string {
  return fileText(ir, {
    summary: `/** ${docComment(summaryText(ir), "")} */`,
    union: `export type Webhook =\n${ir.webhooks.map(variant).join("\n")};`,
    catalogue: `${CATALOGUE_STATEMENT}${catalogueLiteral};`,
    verifier: ir.webhookToken && tokenVerifier(ir.webhookToken),
  });
}

/** The file's parts that are laid out either by prettier or here; the rest is fixed. */
interface FileParts {
  summary: string;
  union: string;
  catalogue: string;
  /** `verifyWebhookToken`, for a spec that declares a webhook token. */
  verifier: string | undefined;
}

function fileText(ir: ProviderIR, parts: FileParts): string {
  return `${tsHeader(ir)}
${importsFor(ir)}
import type { webhooks } from "./schema.js";

${parts.summary}
${parts.union}

${parts.catalogue}

${PARSE_WEBHOOK}
${parts.verifier === undefined ? "" : `\n${parts.verifier}\n`}`;
}

const CATALOGUE_STATEMENT = "const CATALOGUE: WebhookCatalogue = ";

function summaryText(ir: ProviderIR): string {
  return `A webhook ${ir.title} sends, ${toldApart(ir)}.`;
}

function toldApart(ir: ProviderIR): string {
  return ir.webhookDiscriminator === undefined
    ? "told apart by which declared payload schema it matches"
    : `told apart by its \`${ir.webhookDiscriminator}\` property`;
}

/** The runtime imports, as prettier prints them (the longer list does not fit on one line). */
function importsFor(ir: ProviderIR): string {
  return ir.webhookToken
    ? `import {
  parseWebhookPayload,
  verifyWebhookToken as verifyToken,
  type WebhookCatalogue,
  type WebhookHeaders,
} from "@paygen/runtime";`
    : 'import { parseWebhookPayload, type WebhookCatalogue } from "@paygen/runtime";';
}

const PARSE_WEBHOOK = `/**
 * Parses a webhook request body (raw text, bytes or parsed JSON) into a \`Webhook\`.
 * Throws \`WebhookParseError\` (\`reason\`: \`invalidJson\`, \`notAnObject\`, \`unknownEvent\` or
 * \`malformed\`) for a body that is not one of the declared webhooks.
 */
export function parseWebhook(body: unknown): Webhook {
  return parseWebhookPayload<Webhook>(body, CATALOGUE);
}`;

interface TokenSpec {
  header: string;
  scheme: string | undefined;
}

function tokenVerifier(token: TokenSpec): string {
  return `/**
 * ${tokenVerifierDoc(token)}
 */
${VERIFY_HEAD}
  return verifyToken(headers, expectedToken, ${jsLiteral(tokenOptions(token))});
}`;
}

const VERIFY_HEAD =
  "export function verifyWebhookToken(headers: WebhookHeaders, expectedToken: string): boolean {";

function tokenVerifierDoc(token: TokenSpec): string {
  const shape =
    token.scheme === undefined
      ? `\`${token.header}: <token>\``
      : `\`${token.header}: ${token.scheme} <token>\``;
  return docComment(
    `Whether a webhook request carries the token configured for its webhook (${shape}), compared in constant time. Answer 401 and ignore the body when it does not.`,
    "",
  );
}

function tokenOptions(token: TokenSpec): { header: string; scheme: string | null } {
  return { header: token.header, scheme: token.scheme ?? null };
}

/** `verifyWebhookToken` in prettier's layout; undefined when its doc comment is not certain to stay as it is. */
function tokenVerifierLines(token: TokenSpec): string[] | undefined {
  const doc = ["/**", ...` * ${tokenVerifierDoc(token)}`.split("\n"), " */"];
  const call = literalLines(
    tokenOptions(token),
    "  return verifyToken(headers, expectedToken, ",
    ");",
  );
  if (!call || doc.some((line) => line !== line.trimEnd())) return undefined;
  return [...doc, VERIFY_HEAD, ...call, "}"];
}

function variant(webhook: WebhookIR): string {
  const parts = variantParts(webhook);
  return `  | {\n    /** ${continued(parts.summary, "    ")} */\n    webhook: ${parts.name};\n    payload: NonNullable<${parts.body}>${parts.content};\n  }`;
}

/** Doc-comment text whose continuation lines carry the ` * ` prefix at the given indent. */
function docComment(text: string, indent: string): string {
  return continued(docText(text), indent);
}

function continued(escaped: string, indent: string): string {
  return escaped.replace(/\n/g, `\n${indent} * `);
}
