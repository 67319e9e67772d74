import { schemaRule } from "../builders/index.js";
import {
  discriminatorChange,
  discriminatorDetection,
  discriminatorToggled,
} from "../discriminator.js";
import { DISCRIMINATOR } from "../oasdiff-reasons.js";

export const requestDiscriminatorChanged = schemaRule({
  id: "request-discriminator-changed",
  scope: "request-body",
  level: "breaking",
  description:
    "A request schema's discriminator reads another property, or a mapping value was removed or now selects another schema: bodies clients send are read differently or refused. Only new values are info; a discriminator added or removed is a warning.",
  twin: "request-discriminator-changed",
  oasdiff: {
    rules: [
      ["request-body-discriminator-mapping-deleted", "INFO"],
      ["request-body-discriminator-mapping-changed", "INFO"],
      ["request-body-discriminator-property-name-changed", "INFO"],
    ],
    reason: DISCRIMINATOR,
  },
  detect(pair) {
    const change = discriminatorChange(pair.base, pair.revision);
    if (!change) return undefined;
    return discriminatorDetection(change, (c) =>
      discriminatorToggled(c)
        ? "warning"
        : c.property === undefined && c.removed.length === 0 && c.retargeted.length === 0
          ? "info"
          : "breaking",
    );
  },
});
