import { componentRule } from "../builders/index.js";
import { COMPONENT_TYPE } from "../oasdiff-reasons.js";
import { exportedType } from "./shared.js";

export const componentSchemaInlined = componentRule({
  id: "component-schema-inlined",
  level: "breaking",
  description:
    "A component schema disappeared but its contract is still used, written inline: requests and responses are unchanged, but code naming its exported type no longer compiles.",
  waiver:
    "Moving an inline schema into components adds a name without removing one: that is component-schema-added.",
  oasdiff: { rules: [["api-schema-removed", "INFO"]], reason: COMPONENT_TYPE },
  findings: ({ inlined }) =>
    inlined.map((c) => ({
      message: `component schema '${c.name}' inlined: same contract, but exported type ${exportedType(c.name)} removed`,
      side: "base",
      pointer: c.pointer,
      typesChange: true,
    })),
});
