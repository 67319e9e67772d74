import { responsesRule } from "./shared.js";

export const responseHeaderAdded = responsesRule({
  id: "response-header-added",
  level: "info",
  description: "A response carries a further header.",
  twin: "response-header-removed",
  check({ base, revision }) {
    const [from, to] = [revision, base];
    return [...from.responses.values()].flatMap((response) => {
      const other = to.responses.get(response.status);
      if (!other) return [];
      return [...response.headers.entries()]
        .filter(([key]) => !other.headers.has(key))
        .map(([, header]) => ({ message: `response ${response.status} header '${header.name}' added`, side: "revision" as const, pointer: header.pointer, typesChange: true }));
    });
  },
});
