import { readExtension, webhookDiscriminatorExtension } from "../extensions/index.js";
import { deref } from "../util/deref.js";
import { isRecord, joinPointer } from "../util/json-pointer.js";
import { discriminatorValues } from "../util/webhook-discriminator.js";
import type { CheckContext } from "./context.js";

/**
 * With `x-paygen-webhook-discriminator` set, every webhook's payload must pin that property to
 * string values (`const` or `enum`), and no value may belong to two webhooks: the runtime picks
 * the webhook by that value alone.
 */
export function checkWebhooks(ctx: CheckContext): void {
  const property = readExtension(webhookDiscriminatorExtension, ctx.document);
  const webhooks = ctx.document["webhooks"];
  if (property === undefined || !isRecord(webhooks)) return;
  const owners = new Map<string, string>();
  for (const [name, item] of Object.entries(webhooks)) {
    const pointer = joinPointer("/webhooks", name);
    const pathItem = deref(ctx.document, item)?.value ?? {};
    const method = Object.keys(pathItem).find(
      (key) =>
        isRecord(pathItem[key]) &&
        isRecord((pathItem[key] as Record<string, unknown>)["requestBody"]),
    );
    if (method === undefined) continue;
    const body = deref(
      ctx.document,
      (pathItem[method] as Record<string, unknown>)["requestBody"],
    )?.value;
    const content =
      body && isRecord(body["content"]) ? Object.entries(body["content"])[0] : undefined;
    if (!content || !isRecord(content[1])) continue;
    const schemaPointer = joinPointer(
      pointer,
      method,
      "requestBody",
      "content",
      content[0],
      "schema",
    );
    const values = discriminatorValues(ctx.document, content[1]["schema"], property);
    if (values === undefined || values.length === 0) {
      ctx.report(
        "PG137",
        `webhook "${name}" does not pin \`${property}\` to string values (a \`const\` or an \`enum\`)`,
        schemaPointer,
      );
      continue;
    }
    for (const value of values) {
      const owner = owners.get(value);
      if (owner !== undefined)
        ctx.report(
          "PG137",
          `\`${property}: ${value}\` belongs to both "${owner}" and "${name}"`,
          schemaPointer,
        );
      else owners.set(value, name);
    }
  }
}
