import { schemaRule } from "../builders/index.js";
import {
  discriminatorChange,
  discriminatorDetection,
  discriminatorToggled,
} from "../discriminator.js";
import { DISCRIMINATOR } from "../oasdiff-reasons.js";

export const responseDiscriminatorChanged = schemaRule({
  id: "response-discriminator-changed",
  scope: "response-body",
  level: "breaking",
  description:
    "A response schema's discriminator reads another property, or a value now selects another schema: clients pick the wrong variant. New values are a warning (clients meet a value they do not know), removed ones info; a discriminator added or removed is a warning.",
  twin: "response-discriminator-changed",
  oasdiff: {
    rules: [
      ["response-body-discriminator-mapping-added", "INFO"],
      ["response-body-discriminator-mapping-changed", "INFO"],
      ["response-body-discriminator-property-name-changed", "INFO"],
    ],
    reason: DISCRIMINATOR,
  },
  detect(pair) {
    const change = discriminatorChange(pair.base, pair.revision);
    if (!change) return undefined;
    return discriminatorDetection(change, (c) =>
      (c.property !== undefined && !discriminatorToggled(c)) || c.retargeted.length > 0
        ? "breaking"
        : discriminatorToggled(c) || c.added.length > 0
          ? "warning"
          : "info",
    );
  },
});
