import { bodyRule } from "../builders/index.js";

export const requestBodyAddedRequired = bodyRule({
  id: "request-body-added-required",
  level: "breaking",
  description:
    "An operation that took no body now requires one: existing calls send none and fail.",
  waiver:
    "the reverse change is reported by request-body-removed, whose twin is request-body-added-optional",
  oasdiff: { rules: [["request-body-added-required", "ERR"]] },
  detect: ({ base, revision }) =>
    !base && revision?.required ? { detail: "added as required" } : undefined,
});
