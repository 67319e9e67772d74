import { isSuccess, responsesRule } from "./shared.js";

export const responseSuccessStatusAdded = responsesRule({
  id: "response-success-status-added",
  level: "info",
  description: "An operation may answer with a further success status.",
  twin: "response-success-status-removed",
  check({ base, revision }) {
    const [from, to] = [revision, base];
    return [...from.responses.values()]
      .filter((response) => isSuccess(response.status) && !to.responses.has(response.status))
      .map((response) => ({ message: `response ${response.status} added`, side: "revision" as const, pointer: response.pointer, typesChange: true }));
  },
});
