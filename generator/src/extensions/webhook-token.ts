import { joinPointer } from "../util/json-pointer.js";
import type { Extension, ExtensionIssue } from "./extension.js";
import { HTTP_TOKEN, mapping, matching, parsed } from "./parse-kit.js";

export interface WebhookToken {
  header: string;
  /** `Bearer`; undefined when the header holds the bare token. */
  scheme: string | undefined;
}

export const webhookTokenExtension: Extension<WebhookToken> = {
  name: "x-paygen-webhook-token",
  where: "document root",
  doc: "the header (and auth `scheme`) carrying the per-webhook token the provider sends",
  parse(value, pointer) {
    const issues: ExtensionIssue[] = [];
    const record = mapping(value, pointer, "x-paygen-webhook-token", issues);
    if (!record) return { issues };
    const header = matching(
      record["header"],
      joinPointer(pointer, "header"),
      HTTP_TOKEN,
      "an HTTP header name (RFC 9110 token)",
      issues,
    );
    const scheme =
      record["scheme"] === undefined
        ? undefined
        : matching(
            record["scheme"],
            joinPointer(pointer, "scheme"),
            HTTP_TOKEN,
            "an auth scheme such as `Bearer`",
            issues,
          );
    return header === undefined ? { issues } : parsed(issues, { header, scheme });
  },
};
