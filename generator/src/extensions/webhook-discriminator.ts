import type { Extension } from "./extension.js";
import { matchingValue } from "./parse-kit.js";

export const webhookDiscriminatorExtension: Extension<string> = {
  name: "x-paygen-webhook-discriminator",
  where: "document root",
  doc: "the webhook payload property whose value names the event (`key`, `event`)",
  parse: (value, pointer) =>
    matchingValue(
      value,
      pointer,
      /^\S+$/,
      "the name of the payload property that tells webhooks apart, such as `event`",
    ),
};
