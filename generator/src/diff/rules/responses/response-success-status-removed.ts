import { isSuccess, responsesRule } from "./shared.js";

export const responseSuccessStatusRemoved = responsesRule({
  id: "response-success-status-removed",
  level: "breaking",
  description: "A success status is no longer returned: code handling it never runs, and its generated result type changes.",
  twin: "response-success-status-added",
  check({ base, revision }) {
    const [from, to] = [base, revision];
    return [...from.responses.values()]
      .filter((response) => isSuccess(response.status) && !to.responses.has(response.status))
      .map((response) => ({ message: `response ${response.status} removed`, side: "base" as const, pointer: response.pointer, typesChange: true }));
  },
});
