import { WebhookParseError } from "@paygen/runtime";

/** The `WebhookParseError` that `parse` throws for `body`; anything else (a result, another error) fails. */
export function webhookRefusal(
  parse: (body: unknown) => unknown,
  body: unknown,
): WebhookParseError {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof WebhookParseError) return error;
    throw error;
  }
  throw new Error("expected a WebhookParseError");
}
