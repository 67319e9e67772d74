import { clientRule } from "../builders/index.js";
import { operationKey } from "../../normalize/spec.js";
import { CLIENT_NAMES } from "../oasdiff-reasons.js";

export const clientMethodRenamed = clientRule({
  id: "client-method-renamed",
  level: "breaking",
  description:
    "An operation's client method has another name or resource (x-paygen-resource/x-paygen-method, or the operationId they derive from): the HTTP contract is unchanged, but every call of the old method stops compiling.",
  twin: "client-method-renamed",
  oasdiff: { rules: "not reported", reason: CLIENT_NAMES },
  findings: ({ base, revision }, ctx) =>
    ctx.pairs.flatMap((pair) => {
      const before = base.methods.get(operationKey(pair.base.method, pair.base.path));
      const after = revision.methods.get(operationKey(pair.revision.method, pair.revision.path));
      if (!before || !after || before.name === after.name) return [];
      return [
        {
          message: `client method '${before.name}()' renamed to '${after.name}()'`,
          operation: pair.revision.label,
          side: "revision",
          pointer: pair.revision.pointer,
          typesChange: true,
        },
      ];
    }),
});
