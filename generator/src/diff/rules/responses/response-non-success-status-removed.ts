import { isSuccess, responsesRule } from "./shared.js";

export const responseNonSuccessStatusRemoved = responsesRule({
  id: "response-non-success-status-removed",
  level: "warning",
  description: "An error status is no longer documented: error handling written for it may be dead code.",
  twin: "response-non-success-status-added",
  check({ base, revision }) {
    const [from, to] = [base, revision];
    return [...from.responses.values()]
      .filter((response) => !isSuccess(response.status) && !to.responses.has(response.status))
      .map((response) => ({ message: `response ${response.status} removed`, side: "base" as const, pointer: response.pointer, typesChange: true }));
  },
});
