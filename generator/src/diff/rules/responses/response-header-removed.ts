import { responsesRule } from "./shared.js";

export const responseHeaderRemoved = responsesRule({
  id: "response-header-removed",
  level: "warning",
  description: "A response header is no longer sent: code reading it gets nothing.",
  twin: "response-header-added",
  check({ base, revision }) {
    const [from, to] = [base, revision];
    return [...from.responses.values()].flatMap((response) => {
      const other = to.responses.get(response.status);
      if (!other) return [];
      return [...response.headers.entries()]
        .filter(([key]) => !other.headers.has(key))
        .map(([, header]) => ({ message: `response ${response.status} header '${header.name}' removed`, side: "base" as const, pointer: header.pointer, typesChange: true }));
    });
  },
});
