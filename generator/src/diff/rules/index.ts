import { CLIENT_RULES } from "./client/index.js";
import { COMPONENT_RULES } from "./components/index.js";
import { OPERATION_RULES } from "./operations/index.js";
import { PARAMETER_RULES } from "./parameters/index.js";
import { REQUEST_BODY_RULES } from "./request-body/index.js";
import { RESPONSE_RULES } from "./responses/index.js";
import type { Rule } from "./rule.js";
import { SECURITY_RULES } from "./security/index.js";
import { WEBHOOK_RULES } from "./webhooks/index.js";

export type { Rule } from "./rule.js";

/** Every rule paygen diff runs. A test keeps each one documented, fixtured and paired with its twin. */
export const RULES: readonly Rule[] = [
  ...OPERATION_RULES,
  ...PARAMETER_RULES,
  ...REQUEST_BODY_RULES,
  ...RESPONSE_RULES,
  ...SECURITY_RULES,
  ...WEBHOOK_RULES,
  ...COMPONENT_RULES,
  ...CLIENT_RULES,
];
