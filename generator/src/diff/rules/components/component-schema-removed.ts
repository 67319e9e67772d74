import { componentRule } from "../builders/index.js";
import { COMPONENT_TYPE } from "../oasdiff-reasons.js";
import { exportedType } from "./shared.js";

export const componentSchemaRemoved = componentRule({
  id: "component-schema-removed",
  level: "breaking",
  description:
    "A component schema disappeared and nothing in the revision has its contract: code naming its exported type no longer compiles.",
  twin: "component-schema-added",
  oasdiff: { rules: [["api-schema-removed", "INFO"]], reason: COMPONENT_TYPE },
  findings: ({ removed }) =>
    removed.map((c) => ({
      message: `component schema '${c.name}' removed: exported type ${exportedType(c.name)} removed`,
      side: "base",
      pointer: c.pointer,
      typesChange: true,
    })),
});
