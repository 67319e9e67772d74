import { isSuccess, responsesRule } from "./shared.js";

export const responseNonSuccessStatusAdded = responsesRule({
  id: "response-non-success-status-added",
  level: "info",
  description: "An operation documents a further error status.",
  twin: "response-non-success-status-removed",
  check({ base, revision }) {
    const [from, to] = [revision, base];
    return [...from.responses.values()]
      .filter((response) => !isSuccess(response.status) && !to.responses.has(response.status))
      .map((response) => ({ message: `response ${response.status} added`, side: "revision" as const, pointer: response.pointer, typesChange: true }));
  },
});
