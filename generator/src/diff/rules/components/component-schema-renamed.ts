import { componentRule } from "../builders/index.js";
import { COMPONENT_TYPE } from "../oasdiff-reasons.js";
import { exportedType } from "./shared.js";

export const componentSchemaRenamed = componentRule({
  id: "component-schema-renamed",
  level: "breaking",
  description:
    "A component schema now has another name and the same contract: the HTTP contract is unchanged, but code naming the old exported type no longer compiles.",
  twin: "component-schema-renamed",
  oasdiff: { rules: [["api-schema-removed", "INFO"]], reason: COMPONENT_TYPE },
  findings: ({ renamed }) =>
    renamed.map(({ base, revision }) => ({
      message: `component schema '${base.name}' renamed to '${revision.name}': exported type ${exportedType(base.name)} is now ${exportedType(revision.name)}`,
      side: "revision",
      pointer: revision.pointer,
      typesChange: true,
    })),
});
