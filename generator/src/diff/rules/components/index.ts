import type { Rule } from "../rule.js";
import { componentSchemaAdded } from "./component-schema-added.js";
import { componentSchemaChangedUnreachable } from "./component-schema-changed-unreachable.js";
import { componentSchemaInlined } from "./component-schema-inlined.js";
import { componentSchemaRemoved } from "./component-schema-removed.js";
import { componentSchemaRenamed } from "./component-schema-renamed.js";

export const COMPONENT_RULES: readonly Rule[] = [
  componentSchemaAdded,
  componentSchemaChangedUnreachable,
  componentSchemaInlined,
  componentSchemaRemoved,
  componentSchemaRenamed,
];
