import { componentRule } from "../builders/index.js";
import { exportedType } from "./shared.js";

/** How many changed paths a message names before it says how many more there are. */
const LISTED_PATHS = 5;

export const componentSchemaChangedUnreachable = componentRule({
  id: "component-schema-changed-unreachable",
  level: "info",
  description:
    "A component schema that no operation or webhook uses changed: no request or response changes, but code that names its exported type may see a different type.",
  twin: "component-schema-changed-unreachable",
  oasdiff: {
    rules: "not reported",
    reason:
      "oasdiff compares what operations reach; a schema nothing uses is not part of the HTTP contract.",
  },
  findings: ({ changedUnreachable }, ctx) =>
    changedUnreachable.map(({ base, revision }) => {
      const changed = ctx.changedBelow(base.schema, revision.schema);
      const paths = changed.map(({ path }) => (path === "" ? "its root" : `'${path}'`));
      const more = paths.length > LISTED_PATHS ? ` and ${paths.length - LISTED_PATHS} more` : "";
      return {
        message: `component schema '${revision.name}' (used by no operation) changed at ${paths.slice(0, LISTED_PATHS).join(", ")}${more}: exported type ${exportedType(revision.name)}`,
        side: "revision",
        pointer: revision.pointer,
        typesChange: changed.some((node) => ctx.typesChanged(node.base, node.revision)),
      };
    }),
});
