import type { Rule } from "../rule.js";

export const PARAMETER_RULES: readonly Rule[] = [];
