import type { Rule } from "../rule.js";
import { operationSecurityRequirementAdded } from "./operation-security-requirement-added.js";
import { operationSecurityRequirementRemoved } from "./operation-security-requirement-removed.js";
import { operationSecurityScopeAdded } from "./operation-security-scope-added.js";
import { operationSecurityScopeRemoved } from "./operation-security-scope-removed.js";
import { securitySchemeAdded } from "./security-scheme-added.js";
import { securitySchemeChanged } from "./security-scheme-changed.js";
import { securitySchemeRemoved } from "./security-scheme-removed.js";
import { serverAdded } from "./server-added.js";
import { serverRemoved } from "./server-removed.js";

export const SECURITY_RULES: readonly Rule[] = [
  operationSecurityRequirementAdded,
  operationSecurityRequirementRemoved,
  operationSecurityScopeAdded,
  operationSecurityScopeRemoved,
  securitySchemeAdded,
  securitySchemeChanged,
  securitySchemeRemoved,
  serverAdded,
  serverRemoved,
];
