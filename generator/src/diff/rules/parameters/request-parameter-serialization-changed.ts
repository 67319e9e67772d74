import { parameterRule } from "../builders/index.js";
import type { Parameter } from "../../normalize/spec.js";

function describe(serialization: NonNullable<Parameter["serialization"]>): string {
  return `style ${serialization.style}${serialization.explode ? ", explode" : ", no explode"}`;
}

export const requestParameterSerializationChanged = parameterRule({
  id: "request-parameter-serialization-changed",
  level: "breaking",
  description:
    "A parameter's style or explode changed (defaults applied): the same value goes over the wire in another form (`ids=1&ids=2` vs `ids=1,2`), so the server misreads what existing clients send.",
  twin: "request-parameter-serialization-changed",
  oasdiff: {
    rules: "not reported",
    reason:
      "oasdiff reads style and explode only to qualify a type change; a style or explode change alone is not reported.",
  },
  detect: ({ base, revision }) => {
    const before = base?.serialization;
    const after = revision?.serialization;
    if (!before || !after || (before.style === after.style && before.explode === after.explode))
      return undefined;
    return {
      detail: `serialization changed from ${describe(before)} to ${describe(after)}`,
      typesChange: false,
    };
  },
});
