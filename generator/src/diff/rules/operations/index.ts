import type { Rule } from "../rule.js";
import { operationAdded } from "./operation-added.js";
import { operationRemoved } from "./operation-removed.js";

export const OPERATION_RULES: readonly Rule[] = [operationAdded, operationRemoved];
