import { parameterRule } from "../builders/index.js";

export const requestPathParameterRenamed = parameterRule({
  id: "request-path-parameter-renamed",
  level: "info",
  description:
    "A path parameter has a new name at the same place in the path: the URL is the same; generated methods take path parameters by position, only the parameter types rename it.",
  waiver: "symmetric: the reverse change is reported by this same rule",
  oasdiff: {
    rules: "not reported",
    reason: "oasdiff has no rule for a path parameter renamed in place.",
  },
  detect: ({ base, revision }) =>
    base && revision && base.in === "path" && base.name !== revision.name
      ? { detail: `renamed from '${base.name}'` }
      : undefined,
});
