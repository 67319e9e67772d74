import { clientRule } from "../builders/index.js";
import { CLIENT_NAMES } from "../oasdiff-reasons.js";

export const clientClassRenamed = clientRule({
  id: "client-class-renamed",
  level: "breaking",
  description:
    "The exported client class has another name (x-paygen-package.clientName): every import and `new` of the old name stops compiling.",
  twin: "client-class-renamed",
  oasdiff: { rules: "not reported", reason: CLIENT_NAMES },
  findings: ({ base, revision }) => {
    if (base.className.name === revision.className.name) return [];
    // Point at the clientName that made the difference: the revision's, or the base's when it was deleted.
    const side = revision.className.pointer !== "" ? "revision" : "base";
    return [
      {
        message: `client class '${base.className.name}' renamed to '${revision.className.name}'`,
        side,
        pointer: (side === "revision" ? revision : base).className.pointer,
        typesChange: true,
      },
    ];
  },
});
