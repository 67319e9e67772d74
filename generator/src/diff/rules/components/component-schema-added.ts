import { componentRule } from "../builders/index.js";
import { exportedType } from "./shared.js";

export const componentSchemaAdded = componentRule({
  id: "component-schema-added",
  level: "info",
  description:
    "A component schema appeared: the package exports a new named type; nothing existing changes.",
  twin: "component-schema-removed",
  oasdiff: { rules: "not reported", reason: "oasdiff has no rule for a new component schema." },
  findings: ({ added }) =>
    added.map((c) => ({
      message: `component schema '${c.name}' added: new exported type ${exportedType(c.name)}`,
      side: "revision",
      pointer: c.pointer,
      typesChange: true,
    })),
});
