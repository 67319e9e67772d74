import type { WebhookIR } from "../ir/index.js";
import { isPlainAscii, isPrettierLine, PRETTIER_REWRITES } from "./client/prettier-line.js";
import { docText, tsString } from "./escape/index.js";

/** One member of the `Webhook` union: `payload` is `NonNullable<body>content`. */
export interface VariantParts {
  /** Doc-comment text (escaped). */
  summary: string;
  /** The webhook's name as a string literal. */
  name: string;
  body: string;
  content: string;
}

export function variantParts(webhook: WebhookIR): VariantParts {
  return {
    summary: docText(webhook.summary ?? webhook.name),
    name: tsString(webhook.name),
    body: `webhooks[${tsString(webhook.name)}][${tsString(webhook.httpMethod)}]["requestBody"]`,
    content: `["content"][${tsString(webhook.mediaType)}]`,
  };
}

/**
 * `export type Webhook = …` as prettier prints it: one member is an object type on the alias line,
 * several are a leading-`|` union. A payload type that does not fit puts `NonNullable`'s argument on
 * a line of its own; what is left has nowhere to break and stays as long as it is. Undefined for
 * what prettier might print otherwise: a summary of several lines, quotes or escapes it rewrites.
 */
export function webhookUnionLines(variants: readonly VariantParts[]): string[] | undefined {
  const single = variants.length === 1;
  const members = variants.map((parts) => memberLines(parts, single ? 1 : 3));
  if (members.some((lines) => lines === undefined)) return undefined;
  if (single) return ["export type Webhook = {", ...members[0]!, "};"];
  return [
    "export type Webhook =",
    ...members.flatMap((lines, i) => [
      "  | {",
      ...lines!,
      i === members.length - 1 ? "    };" : "    }",
    ]),
  ];
}

function memberLines(parts: VariantParts, depth: number): string[] | undefined {
  const at = "  ".repeat(depth);
  const summary = oneLineDoc(parts.summary);
  const name = `webhook: ${parts.name};`;
  const payload = `payload: NonNullable<${parts.body}>${parts.content};`;
  if (summary === undefined || PRETTIER_REWRITES.test(`${name} ${payload}`)) return undefined;
  const head = [`${at}${summary}`, `${at}${name}`];
  if (isPrettierLine(payload, depth)) return [...head, `${at}${payload}`];
  // Too long only as counted conservatively (non-ASCII as two columns): prettier may still keep it.
  if (!isPlainAscii(payload)) return undefined;
  const broken = ["payload: NonNullable<", `  ${parts.body}`, `>${parts.content};`];
  return [...head, ...broken.map((line) => `${at}${line}`)];
}

/**
 * `/** text *\/` on one line, as prettier leaves it; undefined for text of several lines or with a
 * comment opener inside, which prettier might lay out otherwise.
 */
export function oneLineDoc(text: string): string | undefined {
  return text.includes("\n") || text.includes("/*") ? undefined : `/** ${text} */`;
}
