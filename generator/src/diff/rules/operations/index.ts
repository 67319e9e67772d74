import type { Rule } from "../rule.js";
import { operationAdded } from "./operation-added.js";
import { operationDeprecated } from "./operation-deprecated.js";
import { operationIdChanged } from "./operation-id-changed.js";
import { operationPathRenamed } from "./operation-path-renamed.js";
import { operationRemoved } from "./operation-removed.js";
import { operationServerAdded } from "./operation-server-added.js";
import { operationServerRemoved } from "./operation-server-removed.js";
import { operationUndeprecated } from "./operation-undeprecated.js";

export const OPERATION_RULES: readonly Rule[] = [
  operationAdded,
  operationDeprecated,
  operationIdChanged,
  operationPathRenamed,
  operationRemoved,
  operationServerAdded,
  operationServerRemoved,
  operationUndeprecated,
];
